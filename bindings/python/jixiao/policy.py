"""Policies (规则配置): everything that differs between provinces and years, as data
(docs/policy.md). A Policy is immutable and may be shared by any number of threads."""

from __future__ import annotations

import os
from typing import Any, List, Optional, Union

from . import _text
from ._native import ffi, lib
from ._source import Source, read_source, write_text
from .documents import _default_max_bytes, json_options
from .errors import check

__all__ = ["Policy"]


class Policy:
    """A review / scoring / monitoring policy: a built-in preset or a "jixiao.policy/1" document.

    ``Policy.preset("national-2021")``, ``Policy.load("guangdong-2023.json")``; pass it to
    ``declaration.review(policy)``, ``jixiao.score(…, policy)`` and ``jixiao.monitor(…, policy)``.
    """

    def __init__(self) -> None:
        raise TypeError("use Policy.preset(name), Policy.load(source) or Policy.from_json(text)")

    @classmethod
    def _from_handle(cls, handle: Any) -> "Policy":
        policy = cls.__new__(cls)
        policy._handle = ffi.gc(handle, lib.jx_policy_free)
        return policy

    @staticmethod
    def presets() -> List[str]:
        """Names of the built-in presets, in a stable order ("national-2015", "national-2021")."""
        count = ffi.new("size_t *")
        check(lib.jx_policy_preset_count(count))
        names = []
        name = ffi.new("const char **")
        for index in range(count[0]):
            check(lib.jx_policy_preset_name(index, name))
            names.append(_text.static(name[0]))
        return names

    @classmethod
    def preset(cls, name: str) -> "Policy":
        """A built-in preset. Raises PolicyError for an unknown name (the message lists them)."""
        data = _text.encode(name)
        out = ffi.new("jx_policy **")
        check(lib.jx_policy_preset(data, len(data), out))
        return cls._from_handle(out[0])

    @classmethod
    def from_json(
        cls,
        text: Union[str, bytes],
        *,
        max_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
    ) -> "Policy":
        """Reads a policy document (it may name a preset as its "base" and change only a few
        settings). Raises ParseError, PolicyError or DocumentError (``path`` names the member)."""
        data = _text.encode(text)
        out = ffi.new("jx_policy **")
        check(lib.jx_policy_load_json(data, len(data), json_options(max_bytes, max_depth), out))
        return cls._from_handle(out[0])

    @classmethod
    def load(
        cls,
        source: Source,
        *,
        max_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
    ) -> "Policy":
        """Reads a policy from a path, a JSON str, bytes or an open file."""
        data = read_source(source, _default_max_bytes(max_bytes))
        return cls.from_json(data, max_bytes=max_bytes, max_depth=max_depth)

    def to_json(self) -> str:
        """The complete policy (every setting, no "base") as JSON in normal form."""
        out = ffi.new("char **")
        check(lib.jx_policy_to_json(self._handle, out))
        return _text.take(out[0])

    def save(self, path: Union[str, "os.PathLike[str]"]) -> None:
        """Writes ``to_json()`` to `path` as UTF-8."""
        write_text(path, self.to_json())

    def _text(self, field: int, row: int = 0) -> str:
        text = ffi.new("const char **")
        length = ffi.new("size_t *")
        check(lib.jx_policy_get_text(self._handle, field, row, text, length))
        return _text.borrowed(text[0], length[0]) or ""

    @property
    def name(self) -> str:
        """The policy's name: "national-2021", or the local name a policy document gives itself."""
        return self._text(lib.JX_POLICY_NAME)

    @property
    def description(self) -> str:
        """What the policy is for, in Chinese."""
        return self._text(lib.JX_POLICY_DESCRIPTION)

    @property
    def sources(self) -> List[str]:
        """The documents its rules come from (财预〔2021〕101号 …)."""
        count = ffi.new("size_t *")
        check(lib.jx_policy_count(self._handle, lib.JX_POLICY_SOURCES, count))
        return [self._text(lib.JX_POLICY_SOURCE, row) for row in range(count[0])]

    def __repr__(self) -> str:
        return f"<Policy {self.name!r}: {len(self.sources)} sources>"
