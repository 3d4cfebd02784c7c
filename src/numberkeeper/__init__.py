"""NumberKeeper: keep prepaid phone numbers alive."""

__version__ = "0.1.0"
APP_NAME = "NumberKeeper"
APP_ID = "io.github.numberkeeper.NumberKeeper"
