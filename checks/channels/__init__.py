"""Channels as data and counted each its own way."""
from checks.channels.counting import Count
from checks.channels.spec import ChannelSpec, load_channels

__all__ = ["ChannelSpec", "Count", "load_channels"]
