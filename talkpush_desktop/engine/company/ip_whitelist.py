"""The company's IP whitelist: the addresses (or CIDR networks) its API keys may call from.

An empty list lets every address through; otherwise a caller from elsewhere is refused.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from talkpush_desktop.engine.errors import ValidationError

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse(text: str) -> list[str]:
    """``"1.2.3.4, 10.0.0.0/8"`` as normalised networks; ValidationError names a bad entry."""
    networks: list[str] = []
    for entry in (part.strip() for part in text.replace(";", ",").split(",")):
        if not entry:
            continue
        try:
            network = ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ValidationError(
                f"not an IP address or network: {entry!r} (use e.g. 1.2.3.4 or 10.0.0.0/8)"
            ) from None
        if str(network) not in networks:
            networks.append(str(network))
    return networks


def allows(whitelist: Iterable[str], address: str | None) -> bool:
    """True when the list is empty or ``address`` is in one of its networks."""
    networks = [ipaddress.ip_network(entry, strict=False) for entry in whitelist]
    if not networks:
        return True
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip.version == net.version and ip in net for net in networks)
