"""Which secrets a line can have (portal password, PIN, PUK, eSIM activation code, named others)
and how each is named in the OS keyring. The values themselves never pass through here."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from numberkeeper.core.errors import ErrorCode, ValidationError

KEYRING_SERVICE = "NumberKeeper"
MAX_SECRET_NAME = 60
MAX_SECRET_LENGTH = 4096


class SecretKind(StrEnum):
    """The kinds of secret; OTHER carries a name chosen by the user."""

    PASSWORD = "password"
    PIN = "pin"
    PUK = "puk"
    ESIM_CODE = "esim-code"
    OTHER = "other"


@dataclass(frozen=True, order=True)
class SecretRef:
    """One secret slot of one line: `pin`, `puk`, `other:Bank app` …"""

    line_id: int
    kind: SecretKind
    name: str = ""

    @property
    def label(self) -> str:
        """The kind as typed on the command line: "pin", "other:Bank app"."""
        return f"other:{self.name}" if self.kind is SecretKind.OTHER else self.kind.value

    @property
    def keyring_key(self) -> str:
        """The keyring user name under service "NumberKeeper": line id and kind."""
        return f"line-{self.line_id}/{self.label}"

    @classmethod
    def parse(cls, line_id: int, text: str, field_name: str = "kind") -> SecretRef:
        """ "pin", "puk", "password", "esim-code" or "other:NAME" → a SecretRef."""
        raw = text.strip()
        head, _, name = raw.partition(":")
        try:
            kind = SecretKind(head.lower())
        except ValueError:
            raise ValidationError.single(
                field_name,
                ErrorCode.CHOICE_INVALID,
                value=raw,
                choices="password, pin, puk, esim-code, other:NAME",
            ) from None
        if kind is SecretKind.OTHER:
            name = name.strip()
            if not name:
                raise ValidationError.single(field_name, ErrorCode.REQUIRED)
            if len(name) > MAX_SECRET_NAME:
                raise ValidationError.single(
                    field_name, ErrorCode.TEXT_TOO_LONG, limit=str(MAX_SECRET_NAME)
                )
        elif name:
            raise ValidationError.single(
                field_name,
                ErrorCode.CHOICE_INVALID,
                value=raw,
                choices="password, pin, puk, esim-code, other:NAME",
            )
        return cls(line_id, kind, name)


def check_secret_value(value: str, field_name: str = "value") -> str:
    """A secret as entered: not empty, not absurdly long; surrounding newlines dropped."""
    cleaned = value.strip("\r\n")
    if not cleaned.strip():
        raise ValidationError.single(field_name, ErrorCode.REQUIRED)
    if len(cleaned) > MAX_SECRET_LENGTH:
        raise ValidationError.single(
            field_name, ErrorCode.TEXT_TOO_LONG, limit=str(MAX_SECRET_LENGTH)
        )
    return cleaned
