"""The address guard: each address class (IPv4 and IPv6 forms), the allowlist, and the
connect-time check with a stubbed resolver (DNS answers that must not be trusted twice)."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

import pytest

from newsarchive.config import Settings
from newsarchive.errors import Unprocessable, UpstreamError, UpstreamTimeout
from newsarchive.fetch import AddressPolicy, AddressRefused, GuardedTransport, fetch_page
from newsarchive.fetch.guard import IPAddress, literal_address, refusal_reason

from .conftest import Fence, LocalServer

REFUSED = [
    # IPv4
    ("0.0.0.0", "an unspecified address"),
    ("127.0.0.1", "a loopback address"),
    ("127.255.255.254", "a loopback address"),
    ("10.1.2.3", "a private address"),
    ("172.16.0.1", "a private address"),
    ("172.31.255.255", "a private address"),
    ("192.168.1.1", "a private address"),
    ("169.254.169.254", "a link-local address (the cloud metadata service)"),
    ("169.254.1.1", "a link-local address"),
    ("224.0.0.251", "a multicast address"),
    ("239.255.255.250", "a multicast address"),
    ("240.0.0.1", "a reserved address"),
    ("255.255.255.255", "a reserved address"),
    ("100.64.0.1", "a shared (carrier-grade NAT) address"),
    ("0.1.2.3", "not globally reachable"),
    ("192.0.2.10", "not globally reachable"),  # documentation range
    ("198.18.0.1", "not globally reachable"),  # benchmarking range
    # IPv6
    ("::", "an unspecified address"),
    ("::1", "a loopback address"),
    ("fe80::1", "a link-local address"),
    ("ff02::1", "a multicast address"),
    ("ff05::2", "a multicast address"),
    ("fc00::1", "a private address"),
    ("fd12:3456:789a::1", "a private address"),
    ("fd00:ec2::254", "the cloud metadata service"),
    ("fec0::1", "a site-local address"),
    ("::ffff:127.0.0.1", "an IPv4-mapped IPv6 address (of 127.0.0.1)"),
    ("::ffff:169.254.169.254", "an IPv4-mapped IPv6 address"),
    ("::ffff:8.8.8.8", "an IPv4-mapped IPv6 address"),  # mapped is refused whatever it maps
    ("::127.0.0.1", "an IPv4-compatible IPv6 address (of 127.0.0.1)"),
    ("::10.0.0.1", "an IPv4-compatible IPv6 address"),
    ("64:ff9b::a9fe:a9fe", "a NAT64 address of 169.254.169.254"),
    ("64:ff9b:1::1", "a NAT64 local-use address"),
    ("2002:7f00:1::1", "a 6to4 address of 127.0.0.1, which is a loopback address"),
    ("2002:a00:1::1", "a 6to4 address of 10.0.0.1"),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "a Teredo tunnelling address"),
    ("2001:db8::1", "not globally reachable"),  # documentation range
    ("100::1", "a reserved address"),  # discard-only range, inside ::/8
]

ALLOWED = ["93.184.216.34", "8.8.8.8", "1.1.1.1", "101.6.6.6", "2606:4700:4700::1111",
           "2400:da00::6666", "64:ff9b::808:808", "2002:808:808::1"]  # fmt: skip


@pytest.mark.parametrize(("address", "reason"), REFUSED)
def test_refused_address_classes(address: str, reason: str) -> None:
    found = refusal_reason(ipaddress.ip_address(address))
    assert found is not None and reason in found


@pytest.mark.parametrize("address", ALLOWED)
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0251.0376.0251.0376", "169.254.169.254"),
        ("[::1]", "::1"),
        ("::ffff:7f00:1", "::ffff:127.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("example.com", None),
        ("1.example", None),
        ("0xdeadbeefzz", None),
    ],
)
def test_literal_address_recognises_numeric_spellings(host: str, expected: str | None) -> None:
    found = literal_address(host)
    assert found == (ipaddress.ip_address(expected) if expected is not None else None)


def test_refusal_message_names_the_address_and_the_reason() -> None:
    policy = AddressPolicy()
    with pytest.raises(AddressRefused) as info:
        policy.check_url_host("169.254.169.254")
    assert info.value.status_code == 422
    assert info.value.detail.startswith("refused: 169.254.169.254 is a link-local address")
    with pytest.raises(AddressRefused, match=r"refused: 2130706433 is|127\.0\.0\.1 is a loopback"):
        policy.check_url_host("2130706433")
    with pytest.raises(
        AddressRefused, match=r"evil\.test resolves to 10\.0\.0\.7, which is a private address"
    ):
        policy.check_resolved("evil.test", [ipaddress.ip_address("10.0.0.7")])


def test_allowlist_names_addresses_and_networks() -> None:
    policy = AddressPolicy.from_allowlist(
        ["Intranet.Example.", "127.0.0.1", "10.20.0.0/16", "[::1]", " "]
    )
    assert policy.name_allowed("intranet.example")
    policy.check_url_host("INTRANET.example.")
    policy.check_resolved("intranet.example", [ipaddress.ip_address("192.168.9.9")])
    policy.check_url_host("127.0.0.1")
    policy.check_url_host("::1")
    policy.check_resolved("anything.test", [ipaddress.ip_address("10.20.3.4")])
    with pytest.raises(AddressRefused, match="private"):
        policy.check_resolved("anything.test", [ipaddress.ip_address("10.21.0.1")])
    with pytest.raises(AddressRefused, match="loopback"):
        policy.check_url_host("127.0.0.2")
    # a name entry allows that name only, not the addresses it may resolve to
    with pytest.raises(AddressRefused, match="link-local"):
        policy.check_url_host("169.254.169.254")
    with pytest.raises(AddressRefused, match="loopback host name"):
        policy.check_url_host("localhost")


def test_empty_allowlist_by_default() -> None:
    assert Settings().fetch_allow_hosts == []
    assert AddressPolicy.from_allowlist(Settings().fetch_allow_hosts) == AddressPolicy()


class StubResolver:
    """Answers from a table; a list of answers is consumed one per call (DNS rebinding)."""

    def __init__(self, table: dict[str, list[list[str]]]) -> None:
        self.table = table
        self.calls: list[str] = []

    def __call__(self, host: str, port: int, timeout: float | None) -> Sequence[IPAddress]:
        self.calls.append(host)
        answers = self.table[host]
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        return [ipaddress.ip_address(a) for a in answer]


def _settings(*allow: str) -> Settings:
    return Settings(fetch_allow_hosts=list(allow), fetch_total_timeout=5.0)


def test_name_resolving_to_private_address_is_refused_before_connecting(
    network_fence: Fence,
) -> None:
    resolver = StubResolver({"evil.test": [["10.0.0.7"]]})
    transport = GuardedTransport(AddressPolicy(), resolver=resolver)
    try:
        with pytest.raises(Unprocessable, match=r"evil\.test resolves to 10\.0\.0\.7"):
            fetch_page("http://evil.test/", _settings(), transport=transport)
    finally:
        transport.close()
    assert resolver.calls == ["evil.test"]
    assert network_fence.allowed == [] and network_fence.blocked == []


def test_any_refused_answer_refuses_the_host(network_fence: Fence) -> None:
    resolver = StubResolver({"mixed.test": [["93.184.216.34", "169.254.169.254"]]})
    transport = GuardedTransport(AddressPolicy(), resolver=resolver)
    try:
        with pytest.raises(Unprocessable, match=r"169\.254\.169\.254, which is a link-local"):
            fetch_page("https://mixed.test/", _settings(), transport=transport)
    finally:
        transport.close()
    assert network_fence.allowed == [] and network_fence.blocked == []


def test_connection_goes_to_the_checked_address_dns_rebinding(
    server: LocalServer, network_fence: Fence
) -> None:
    # first answer allowlisted loopback, any later answer the metadata service: the guard
    # must resolve once and connect to what it checked, keeping the name in the Host header
    resolver = StubResolver({"news.test": [["127.0.0.1"], ["169.254.169.254"]]})
    policy = AddressPolicy.from_allowlist(["127.0.0.1"])
    transport = GuardedTransport(policy, resolver=resolver)
    try:
        page = fetch_page(
            f"http://news.test:{server.port}/echo-host", _settings("127.0.0.1"), transport=transport
        )
    finally:
        transport.close()
    assert page.content.decode() == f"news.test:{server.port}"
    assert resolver.calls == ["news.test"]
    assert network_fence.blocked == []
    assert [address for kind, address in network_fence.allowed if kind == "connect"] == [
        ("127.0.0.1", server.port)
    ]


def test_allowlisted_name_may_resolve_to_a_private_address(server: LocalServer) -> None:
    resolver = StubResolver({"intranet.test": [["127.0.0.1"]]})
    transport = GuardedTransport(AddressPolicy.from_allowlist(["intranet.test"]), resolver=resolver)
    try:
        page = fetch_page(
            f"http://intranet.test:{server.port}/gbk", _settings("intranet.test"),
            transport=transport,
        )  # fmt: skip
    finally:
        transport.close()
    assert page.status == 200


def test_guarded_transport_refuses_on_its_own(network_fence: Fence) -> None:
    # even if a caller skipped fetch_page's URL check, the transport refuses at connect time
    import httpx

    resolver = StubResolver({"evil.test": [["192.168.0.1"]]})
    transport = GuardedTransport(AddressPolicy(), resolver=resolver)
    with (
        httpx.Client(transport=transport, trust_env=False) as client,
        pytest.raises(AddressRefused),
    ):
        client.get("http://evil.test/")
    with httpx.Client(transport=GuardedTransport(AddressPolicy()), trust_env=False) as client:
        with pytest.raises(AddressRefused, match="link-local"):
            client.get("http://169.254.169.254/latest/meta-data/")
        with pytest.raises(AddressRefused, match="loopback"):
            client.get("http://2130706433/")
    assert network_fence.allowed == [] and network_fence.blocked == []


def test_allowlisted_unicode_name_matches_its_punycode_form() -> None:
    policy = AddressPolicy.from_allowlist(["新闻.test"])
    assert policy.name_allowed("xn--efvy88h.test")
    assert policy.name_allowed("新闻.TEST.")
    policy.check_resolved("xn--efvy88h.test", [ipaddress.ip_address("10.1.1.1")])


def test_system_resolver_answers_and_failures(network_fence: Fence) -> None:
    import httpcore

    from newsarchive.fetch.guard import system_resolver

    assert ipaddress.ip_address("127.0.0.1") in system_resolver("localhost", 80, 2.0)
    with pytest.raises(httpcore.ConnectError, match=r"could not resolve nowhere\.test"):
        system_resolver("nowhere.test", 80, 2.0)  # the fence answers like NXDOMAIN


def test_slow_dns_is_bounded_by_the_connect_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import time

    def slow_lookup(*args: object, **kwargs: object) -> list[object]:
        time.sleep(1.5)
        return []

    monkeypatch.setattr(socket, "getaddrinfo", slow_lookup)
    settings = Settings(fetch_connect_timeout=0.3, fetch_total_timeout=5.0)
    started = time.monotonic()
    with pytest.raises(UpstreamTimeout, match=r"could not connect within 0\.3 s"):
        fetch_page("http://slow-dns.test/", settings)
    assert time.monotonic() - started < 1.0


def test_unresolvable_host_is_an_upstream_error() -> None:
    with pytest.raises(UpstreamError, match=r"could not resolve nowhere\.test"):
        fetch_page("http://nowhere.test/", Settings())
