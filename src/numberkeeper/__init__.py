"""NumberKeeper: keep prepaid phone numbers alive."""

__version__ = "0.1.0"
APP_NAME = "NumberKeeper"
APP_ID = "io.github.numberkeeper.NumberKeeper"
# The app icon's rendered PNG sizes (resources/icons/numberkeeper-<N>.png, `make icons`).
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
