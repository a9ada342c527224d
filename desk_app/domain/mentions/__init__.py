"""Mentions of listed people and organisations: the registry's entities, their inflected forms,
finding mentions in a text and deciding whether each carries the label the law asks for.

Pure Python. ``forms`` needs pymorphy3 (imported only there, at registry time); matching a
text needs only the forms stored with each entity, and razdel for sentence bounds.
See docs/mentions.md.
"""
