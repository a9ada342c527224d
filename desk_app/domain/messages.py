"""Sentences for people, written in English and translatable by the interface.

``translate("Context", "No article {slug}.").format(slug=s)`` gives a ``Message``: a
``str`` holding the English sentence (what the CLI prints and logs record) that
also remembers its context, template and parameters, so the window can show it
in the user's language (``desk_app.ui.i18n.localized``). The function is named
``translate`` because that is the name Qt's ``lupdate`` collects texts from; it
translates nothing here. Keep context and text as two string literals on one
call and pass parameters through ``.format`` (lupdate does not read keywords).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Message(str):
    """An English sentence that remembers how to be translated."""

    context: str
    template: str
    params: dict[str, Any]

    def __new__(cls, context: str, template: str, params: dict[str, Any] | None = None) -> Message:
        params = dict(params or {})
        text = template.format(**params) if params else template
        made = super().__new__(cls, text)
        made.context = context
        made.template = template
        made.params = params
        return made

    def format(self, *args: object, **params: Any) -> Message:
        if args:
            raise TypeError("Message.format takes named parameters only")
        return Message(self.context, self.template, {**self.params, **params})

    def __reduce__(self) -> tuple[type[Message], tuple[str, str, dict[str, Any]]]:
        return (Message, (self.context, self.template, self.params))


def translate(context: str, text: str) -> Message:
    """Mark ``text`` for translation in ``context``; parameters come through ``.format``."""
    return Message(context, text)


def join_words(words: Iterable[str], last: str = "or") -> Message:
    """"a, b or c" (``last`` is "or" or "and"); the words stay translatable when they are Messages."""
    items = list(words)
    if not items:
        return Message("Lists", "")
    if len(items) == 1:
        return Message("Lists", "{only}", {"only": items[0]})
    head: str = items[0]
    for item in items[1:-1]:
        head = Message("Lists", "{first}, {rest}", {"first": head, "rest": item})
    if last == "and":
        return translate("Lists", "{items} and {last}").format(items=head, last=items[-1])
    return translate("Lists", "{items} or {last}").format(items=head, last=items[-1])


def message_of(error: BaseException) -> str:
    """An error's sentence, still a translatable :class:`Message` when it was raised with one."""
    text = error.args[0] if error.args else None
    return text if isinstance(text, Message) else str(error)


def join_sentences(sentences: Iterable[str]) -> str:
    """Sentences one after another, separated by a space; each stays translatable."""
    items = list(sentences)
    if not items:
        return ""
    text: str = items[0]
    for item in items[1:]:
        text = Message("Lists", "{first} {rest}", {"first": text, "rest": item})
    return text
