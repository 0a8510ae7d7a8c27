import Foundation
import GeneratorCore

let usage = """
    usage: outpost-generator check DOCUMENT
           outpost-generator generate DOCUMENT --output DIR
    """

FileHandle.standardError.write(Data((usage + "\n").utf8))
exit(2)
