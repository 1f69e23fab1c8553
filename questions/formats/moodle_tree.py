"""A Moodle XML file parsed into a small tree of elements, with DTDs, entities and runaway
nesting refused before anything is built from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

from questions.text import N_, Text

# Deeper nesting than this is no question export; refusing it bounds the work on hostile input.
MAX_DEPTH = 64


class Refused(Exception):
    """Raised from a parser handler to stop reading a file that must not be parsed."""

    def __init__(self, message: Text, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(eq=False)
class Node:
    """One XML element: its tag, attributes, text, children and the line it starts on."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    def child(self, tag: str) -> Node | None:
        """Return the first child element with this tag."""
        return next((c for c in self.children if c.tag == tag), None)

    def all(self, tag: str) -> list[Node]:
        """Return every child element with this tag."""
        return [c for c in self.children if c.tag == tag]

    @property
    def text(self) -> str:
        """Return the character data directly inside this element."""
        return "".join(self.parts)


def parse_tree(text: str) -> Node:
    """Parse the XML into a tree, refusing DTDs; raises ExpatError or Refused."""
    parser = expat.ParserCreate()
    root = Node("", {}, 0)
    stack = [root]
    skipping = 0  # depth inside <file> elements, whose base64 content is never needed

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal skipping
        if len(stack) > MAX_DEPTH:
            raise Refused(
                Text(N_("elements are nested more than {n} deep"), n=MAX_DEPTH),
                parser.CurrentLineNumber,
            )
        node = Node(tag, attrs, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)
        if tag == "file" or skipping:
            skipping += 1

    def end(tag: str) -> None:
        nonlocal skipping
        stack.pop()
        if skipping:
            skipping -= 1

    def data(chunk: str) -> None:
        if not skipping:
            stack[-1].parts.append(chunk)

    def doctype(*_: object) -> None:
        raise Refused(
            Text(
                N_(
                    "the file has a <!DOCTYPE> declaration; Moodle XML exports have none, and "
                    "DTDs are refused because they can declare entities that read files or "
                    "expand without end"
                )
            ),
            parser.CurrentLineNumber,
        )

    def entity(*_: object) -> None:  # pragma: no cover - only reachable inside a DTD
        raise Refused(
            Text(N_("the file declares XML entities (<!ENTITY>), which are refused")),
            parser.CurrentLineNumber,
        )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.buffer_text = True
    parser.Parse(text, True)
    return root
