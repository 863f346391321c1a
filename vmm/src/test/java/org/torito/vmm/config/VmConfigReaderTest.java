package org.torito.vmm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.torito.vmm.accel.AcceleratorKind;
import org.torito.packet.Ipv4Address;
import org.torito.vmm.net.GuestAddress;
import org.torito.vmm.net.user.ForwardRule;
import org.torito.vmm.net.user.OutboundRule;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torito.vmm.BadInputException;

class VmConfigReaderTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("x.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** Reads {@code json} expecting a failure, and returns the message after "FILE: ". */
    private String failure(String json) throws IOException {
        Path file = write(json);
        return failureFor(file);
    }

    private static String failureFor(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> VmConfigReader.read(file));
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        String prefix = file + ": ";
        assertEquals(prefix, message.substring(0, Math.min(prefix.length(), message.length())),
                "names the file first: " + message);
        return message.substring(prefix.length());
    }

    @Test
    void readsAFullConfigAndResolvesTheKernelAgainstTheConfigFolder() throws IOException {
        Path file = write("""
                {
                  "kernel": "../build/hello.elf",
                  "cpus": 4,
                  "memory": "128M",
                  "cmdline": "verbose port=80"
                }
                """);
        VmConfig config = VmConfigReader.read(file);
        assertEquals(new VmConfig(dir.getParent().resolve("build/hello.elf"), 4, 128L << 20,
                "verbose port=80"), config);
    }

    @Test
    void fillsDefaultsForOptionalFields() throws IOException {
        VmConfig config = VmConfigReader.read(write("{\"kernel\": \"hello.elf\"}"));
        assertEquals(new VmConfig(dir.resolve("hello.elf"), 1, 64L << 20, ""), config);
    }

    @Test
    void keepsAnAbsoluteKernelPath() throws IOException {
        VmConfig config = VmConfigReader.read(write("{\"kernel\": \"/opt/images/app.elf\"}"));
        assertEquals(Path.of("/opt/images/app.elf"), config.kernel());
    }

    @Test
    void resolvesARelativeConfigPathToo() throws IOException {
        Path file = write("{\"kernel\": \"k.elf\"}");
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        assertEquals(file.resolveSibling("k.elf"), VmConfigReader.read(relative).kernel());
    }

    @Test
    void acceptsMemoryAsANumberOfBytes() throws IOException {
        VmConfig config = VmConfigReader.read(write("{\"kernel\": \"k\", \"memory\": 8388608}"));
        assertEquals(8L << 20, config.memoryBytes());
    }

    @Test
    void acceptsTheLimits() throws IOException {
        VmConfig low = VmConfigReader.read(write("{\"kernel\": \"k\", \"cpus\": 1, \"memory\": \"4M\"}"));
        assertEquals(4L << 20, low.memoryBytes());
        VmConfig high = VmConfigReader.read(write("{\"kernel\": \"k\", \"cpus\": 64, \"memory\": \"64G\"}"));
        assertEquals(64, high.cpus());
        assertEquals(64L << 30, high.memoryBytes());
        String longest = "a".repeat(4095);
        assertEquals(longest, VmConfigReader.read(write("{\"kernel\": \"k\", \"cmdline\": \"" + longest + "\"}")).cmdline());
    }

    @Test
    void readsDisksAndResolvesTheirPathsAgainstTheConfigFolder() throws IOException {
        VmConfig config = VmConfigReader.read(write("""
                {"kernel": "k.elf", "disks": [{"path": "data.img"}, {"path": "/srv/ro.img", "readonly": true}]}
                """));
        assertEquals(java.util.List.of(new DiskConfig(dir.resolve("data.img"), false),
                new DiskConfig(Path.of("/srv/ro.img"), true)), config.disks());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"disks\": {}                                  | $.disks: expected an array of disks, got an object",
            "\"disks\": [7]                                 | $.disks[0]: expected an object such as {\"path\": \"disk.img\"}, got an integer",
            "\"disks\": [{}]                                | $.disks[0].path: required field is missing (the raw disk image, e.g. \"disk.img\")",
            "\"disks\": [{\"path\": \"a\"}, {\"path\": \"\"}] | $.disks[1].path: must name a raw disk image, got an empty string",
            "\"disks\": [{\"path\": \"a\", \"readonly\": 1}] | $.disks[0].readonly: expected true or false, got an integer",
            "\"disks\": [{\"path\": \"a\", \"size\": 1}]     | $.disks[0].size: unknown field (known: path, readonly, mount)",
    })
    void aBadDiskIsNamedByItsPath(String field, String expected) throws IOException {
        assertEquals(expected, failure("{\"kernel\": \"k.elf\", " + field + "}"));
    }

    @Test
    void readsMountPointsAndWritesThemBack() throws IOException {
        VmConfig config = VmConfigReader.read(write("""
                {"kernel": "k.elf", "disks": [{"path": "site.img", "mount": "/srv/www"}, {"path": "b.img"},
                 {"path": "root.img", "readonly": true, "mount": "/"}]}
                """));
        assertEquals(java.util.List.of(new DiskConfig(dir.resolve("site.img"), false, "/srv/www"),
                new DiskConfig(dir.resolve("b.img"), false, null), new DiskConfig(dir.resolve("root.img"), true, "/")),
                config.disks());
        assertEquals(config, VmConfigReader.read(write(VmConfigWriter.toJson(config))), "the writer's output reads back");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"path\": \"a\", \"mount\": 1}        | $.disks[0].mount: expected a path such as \"/data\", got an integer",
            "{\"path\": \"a\", \"mount\": \"\"}       | $.disks[0].mount: must be an absolute path such as \"/data\", got \"\"",
            "{\"path\": \"a\", \"mount\": \"data\"}   | $.disks[0].mount: must be an absolute path such as \"/data\", got \"data\"",
            "{\"path\": \"a\", \"mount\": \"/data/\"} | $.disks[0].mount: must not end with a slash (write \"/data\")",
            "{\"path\": \"a\", \"mount\": \"/a//b\"}  | $.disks[0].mount: holds an empty name (\"//\"): \"/a//b\"",
            "{\"path\": \"a\", \"mount\": \"/a/./b\"} | $.disks[0].mount: holds \".\"; write the path it means: \"/a/./b\"",
            "{\"path\": \"a\", \"mount\": \"/a/..\"}  | $.disks[0].mount: holds \"..\"; write the path it means: \"/a/..\"",
            "{\"path\": \"a\", \"mount\": \"/a\\u0000\"} | $.disks[0].mount: contains a NUL character",
    })
    void aBadMountPointIsNamed(String disk, String expected) throws IOException {
        assertEquals(expected, failure("{\"kernel\": \"k.elf\", \"disks\": [" + disk + "]}"));
    }

    @Test
    void twoDisksCannotShareAMountPoint() throws IOException {
        assertEquals("$.disks[2].mount: \"/data\" is already the mount point of disk 0", failure("""
                {"kernel": "k.elf", "disks": [{"path": "a", "mount": "/data"}, {"path": "b", "mount": "/data/x"},
                 {"path": "c", "mount": "/data"}]}
                """));
    }

    @Test
    void readsEnvAndPropertiesInTheFilesOrderAndWritesThemBack() throws IOException {
        Path file = write("""
                {"kernel": "k.elf",
                 "env": {"PORT": "8080", "GREETING": "grüß dich = hi", "EMPTY": ""},
                 "properties": {"app.mode": "production", "a=b": "c"}, "main": "every-core"}
                """);
        VmConfig config = VmConfigReader.read(file);
        assertEquals(java.util.List.of("PORT", "GREETING", "EMPTY"), java.util.List.copyOf(config.settings().env().keySet()));
        assertEquals("grüß dich = hi", config.settings().env().get("GREETING"));
        assertEquals(java.util.Map.of("app.mode", "production", "a=b", "c"), config.settings().properties());
        assertEquals(true, config.settings().mainOnEveryCore());
        Path again = dir.resolve("again.json");
        Files.writeString(again, VmConfigWriter.toJson(config), StandardCharsets.UTF_8);
        assertEquals(config, VmConfigReader.read(again), "torito config check's output reads back the same");
        assertEquals(GuestSettings.NONE, VmConfigReader.read(write("{\"kernel\": \"k.elf\"}")).settings());
        assertEquals(GuestSettings.NONE, VmConfigReader.read(write("{\"kernel\": \"k.elf\", \"main\": \"core0\"}")).settings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"env\": []                  | $.env: expected an object of environment variables such as {\"PORT\": \"8080\"}, got an array",
            "\"env\": {\"PORT\": 8080}    | $.env.PORT: expected a string, got an integer (write it in quotes: the program reads every value as a string)",
            "\"env\": {\"A=B\": \"c\"}    | $.env[\"A=B\"]: not a variable name (it must be non-empty and hold no '=')",
            "\"env\": {\"\": \"c\"}       | $.env[\"\"]: not a variable name (it must be non-empty and hold no '=')",
            "\"env\": {\"A\": \"x\\u0000y\"} | $.env.A: contains a NUL character",
            "\"properties\": {\"debug\": true} | $.properties.debug: expected a string, got a boolean (write it in quotes: the program reads every value as a string)",
            "\"properties\": {\"\": \"x\"} | $.properties[\"\"]: a property needs a name",
            "\"properties\": \"a=b\"      | $.properties: expected an object of system properties such as {\"app.mode\": \"production\"}, got a string",
            "\"main\": \"all\"            | $.main: expected \"core0\" (main runs on core 0; the default) or \"every-core\" (every core runs main), got \"all\"",
            "\"main\": true             | $.main: expected \"core0\" (main runs on core 0; the default) or \"every-core\" (every core runs main), got a boolean",
    })
    void aBadSettingIsNamedByItsPath(String field, String expected) throws IOException {
        assertEquals(expected, failure("{\"kernel\": \"k.elf\", " + field + "}"));
    }

    @Test
    void anEnvironmentTooLargeForTheBootInfoIsRefused() throws IOException {
        String value = "x".repeat(VmLimits.MAX_SETTINGS_BYTES);
        assertEquals("$.env: the environment is " + (VmLimits.MAX_SETTINGS_BYTES + 3) + " bytes as the guest gets it"
                + " (name, value and a NUL after each); the limit is " + VmLimits.MAX_SETTINGS_BYTES,
                failure("{\"kernel\": \"k.elf\", \"env\": {\"A\": \"" + value + "\"}}"));
    }

    @Test
    void tooManyDisksAreRefused() throws IOException {
        String disks = String.join(",", java.util.Collections.nCopies(VmLimits.MAX_DISKS + 1, "{\"path\": \"a\"}"));
        assertEquals("$.disks: 17 disks; the limit is 16", failure("{\"kernel\": \"k.elf\", \"disks\": [" + disks + "]}"));
    }

    @Test
    void readsAUserNetworkWithItsForwards() throws IOException {
        VmConfig config = VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "user", "forwards": [
                    {"host": "127.0.0.1:8080", "guest": 80, "proto": "tcp"}, {"host": ":5353", "guest": 53, "proto": "udp"},
                    {"host": "0.0.0.0:0", "guest": 22}]}]}
                """));
        assertEquals(java.util.List.of(new NetDeviceConfig("user", java.util.List.of(
                ForwardRule.parse("127.0.0.1:8080", 80, "tcp"), ForwardRule.parse("127.0.0.1:5353", 53, "udp"),
                ForwardRule.parse("0.0.0.0:0", 22, null)))), config.nets());
        assertEquals(config, VmConfigReader.read(write(VmConfigWriter.toJson(config))), "the writer's output reads back");
    }

    @Test
    void readsAUserNetworksOutboundRules() throws IOException {
        VmConfig config = VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "user", "outbound": [
                    {"port": 5432, "host": "127.0.0.1:15432"}, {"host": ":6379", "port": 6379}]}]}
                """));
        assertEquals(java.util.List.of(OutboundRule.parse(5432, "127.0.0.1:15432"), OutboundRule.parse(6379, "127.0.0.1:6379")),
                config.nets().getFirst().outbound());
        assertEquals(config, VmConfigReader.read(write(VmConfigWriter.toJson(config))), "the writer's output reads back");
        assertEquals(java.util.List.of(), VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "user"}]}
                """)).nets().getFirst().outbound(), "no way out unless asked");
    }

    @Test
    void moreOutboundRulesThanTheGatewayCanListenOnAreRefused() throws IOException {
        StringBuilder rules = new StringBuilder();
        for (int port = 1; port <= VmLimits.MAX_OUTBOUND_RULES + 1; port++) {
            rules.append(port == 1 ? "" : ", ").append("{\"port\": ").append(port).append(", \"host\": \":1\"}");
        }
        assertEquals("$.nets[0].outbound: 33 outbound rules; the limit is 32",
                failure("{\"kernel\": \"k.elf\", \"nets\": [{\"backend\": \"user\", \"outbound\": [" + rules + "]}]}"));
    }

    @Test
    void aPcapFileIsResolvedAgainstTheConfigsFolderOnEitherBackend() throws IOException {
        VmConfig config = VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "user", "pcap": "captures/guest.pcap"}]}
                """));
        assertEquals(dir.resolve("captures/guest.pcap"), config.nets().getFirst().pcap());
        assertEquals(config, VmConfigReader.read(write(VmConfigWriter.toJson(config))), "the writer's output reads back");
        NetDeviceConfig tap = VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "tap", "ifname": "tap0", "pcap": "/tmp/t.pcap"}]}
                """)).nets().getFirst();
        assertEquals(Path.of("/tmp/t.pcap"), tap.pcap());
        assertEquals(null, VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "user"}]}
                """)).nets().getFirst().pcap(), "no capture unless asked");
    }

    @Test
    void aPcapThatIsEmptyOrAFolderIsNamedByItsPath() throws IOException {
        assertEquals("$.nets[0].pcap: must name the file to write, e.g. \"guest.pcap\", got an empty string",
                failure("{\"kernel\": \"k.elf\", \"nets\": [{\"backend\": \"user\", \"pcap\": \"\"}]}"));
        assertEquals("$.nets[0].pcap: \".\" is a folder; name the capture file",
                failure("{\"kernel\": \"k.elf\", \"nets\": [{\"backend\": \"user\", \"pcap\": \".\"}]}"));
        assertEquals("$.nets[0].pcap: expected a string, got an integer",
                failure("{\"kernel\": \"k.elf\", \"nets\": [{\"backend\": \"user\", \"pcap\": 1}]}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"nets\": {}                                     | $.nets: expected an array of network devices, got an object",
            "\"nets\": [7]                                    | $.nets[0]: expected an object such as {\"backend\": \"user\"}, got an integer",
            "\"nets\": [{}]                                   | $.nets[0].backend: required field is missing (\"user\" or \"tap\")",
            "\"nets\": [{\"backend\": \"slirp\"}]                | $.nets[0].backend: \"slirp\" is not a backend (known: user, tap)",
            "\"nets\": [{\"backend\": \"user\", \"mac\": 1}]      | $.nets[0].mac: unknown field (known: backend, ifname, address, gateway, forwards, outbound, pcap)",
            "\"nets\": [{\"backend\": \"user\"}, {\"backend\": \"user\"}] | $.nets: 2 network devices; the limit is 1",
            "\"nets\": [{\"backend\": \"user\", \"forwards\": 1}] | $.nets[0].forwards: expected an array of forwards, got an integer",
            "\"nets\": [{\"backend\": \"user\", \"forwards\": [{\"host\": \":80\", \"guest\": 80}, {\"host\": \"localhost:80\", \"guest\": 80}]}] | $.nets[0].forwards[1].host: \"localhost\" in \"localhost:80\" is not an IPv4 address (IPv6 is not supported)",
            "\"nets\": [{\"backend\": \"user\", \"forwards\": [{\"host\": \":99999\", \"guest\": 80}]}] | $.nets[0].forwards[0].host: port \"99999\" in \":99999\" is not 0..65535",
            "\"nets\": [{\"backend\": \"user\", \"forwards\": [{\"host\": \":80\"}]}] | $.nets[0].forwards[0].guest: required field is missing (the guest's port, e.g. 80)",
            "\"nets\": [{\"backend\": \"user\", \"forwards\": [{\"host\": \":80\", \"guest\": 0}]}] | $.nets[0].forwards[0].guest: port 0 is outside 1..65535",
            "\"nets\": [{\"backend\": \"user\", \"forwards\": [{\"host\": \":80\", \"guest\": \"80\"}]}] | $.nets[0].forwards[0].guest: expected a port number 1..65535, got a string",
            "\"nets\": [{\"backend\": \"user\", \"forwards\": [{\"host\": \":80\", \"guest\": 80, \"proto\": \"sctp\"}]}] | $.nets[0].forwards[0].proto: \"sctp\" is not \"tcp\" or \"udp\"",
            "\"nets\": [{\"backend\": \"user\", \"forwards\": [{\"guest\": 80}]}] | $.nets[0].forwards[0].host: missing (expected \"127.0.0.1:8080\" or \":8080\")",
            "\"nets\": [{\"backend\": \"user\", \"outbound\": {}}] | $.nets[0].outbound: expected an array of outbound rules, got an object",
            "\"nets\": [{\"backend\": \"user\", \"outbound\": [5432]}] | $.nets[0].outbound[0]: expected an object such as {\"port\": 5432, \"host\": \"127.0.0.1:5432\"}, got an integer",
            "\"nets\": [{\"backend\": \"user\", \"outbound\": [{\"host\": \":5432\"}]}] | $.nets[0].outbound[0].port: required field is missing (the gateway port the guest connects to, e.g. 5432)",
            "\"nets\": [{\"backend\": \"user\", \"outbound\": [{\"port\": 70000, \"host\": \":5432\"}]}] | $.nets[0].outbound[0].port: port 70000 is outside 1..65535",
            "\"nets\": [{\"backend\": \"user\", \"outbound\": [{\"port\": 5432}]}] | $.nets[0].outbound[0].host: missing (expected \"127.0.0.1:8080\" or \":8080\")",
            "\"nets\": [{\"backend\": \"user\", \"outbound\": [{\"port\": 5432, \"host\": \":0\"}]}] | $.nets[0].outbound[0].host: port 0 in \"127.0.0.1:0\" cannot be connected to",
            "\"nets\": [{\"backend\": \"user\", \"outbound\": [{\"port\": 1, \"host\": \":1\"}, {\"port\": 1, \"host\": \":2\"}]}] | $.nets[0].outbound[1].port: 1 has a rule already; each gateway port leads to one host address",
            "\"nets\": [{\"backend\": \"user\", \"outbound\": [{\"port\": 1, \"host\": \":1\", \"proto\": \"udp\"}]}] | $.nets[0].outbound[0].proto: unknown field (known: port, host)",
            "\"nets\": [{\"backend\": \"tap\", \"ifname\": \"tap0\", \"outbound\": []}] | $.nets[0].outbound: outbound rules are for the user backend; on tap the guest reaches the host through the interface",
    })
    void aBadNetworkIsNamedByItsPath(String field, String expected) throws IOException {
        assertEquals(expected, failure("{\"kernel\": \"k.elf\", " + field + "}"));
    }

    @Test
    void readsATapNetworkWithTheGuestsAddressAndGateway() throws IOException {
        VmConfig config = VmConfigReader.read(write("""
                {"kernel": "k.elf", "cpus": 2, "nets": [{"ifname": "tap0", "address": "10.0.3.15/24",
                 "gateway": "10.0.3.1", "backend": "tap"}]}
                """));
        NetDeviceConfig tap = config.nets().getFirst();
        assertEquals(NetDeviceConfig.tap("tap0", new GuestAddress(Ipv4Address.of(10, 0, 3, 15), 24,
                Ipv4Address.of(10, 0, 3, 1))), tap);
        assertEquals("torito.net=10.0.3.15/24,10.0.3.1", tap.address().kernelArgument());
        assertEquals(config, VmConfigReader.read(write(VmConfigWriter.toJson(config))), "the writer's output reads back");
    }

    @Test
    void aTapNetworkWithoutAnAddressPutsTheGuestWhereTheUserNetworkWould() throws IOException {
        NetDeviceConfig tap = VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "tap", "ifname": "vm-web.1"}]}
                """)).nets().getFirst();
        assertEquals("vm-web.1", tap.ifname());
        assertEquals(GuestAddress.USER_NETWORK, tap.address());
        assertEquals("torito.net=10.0.2.15/24,10.0.2.2", tap.address().kernelArgument());
    }

    @Test
    void aTapAddressWithoutAGatewayHasNone() throws IOException {
        NetDeviceConfig tap = VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "tap", "ifname": "tap0", "address": "192.168.7.2/30"}]}
                """)).nets().getFirst();
        assertEquals(Ipv4Address.of(255, 255, 255, 252), tap.address().netmask());
        assertFalse(tap.address().hasGateway());
        assertEquals("torito.net=192.168.7.2/30", tap.address().kernelArgument());
        VmConfig config = VmConfigReader.read(write(VmConfigWriter.toJson(VmConfigReader.read(write("""
                {"kernel": "k.elf", "nets": [{"backend": "tap", "ifname": "tap0", "address": "192.168.7.2/30"}]}
                """)))));
        assertEquals(tap, config.nets().getFirst(), "the writer's output reads back");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"backend\": \"tap\"} | $.nets[0].ifname: required field is missing (the host's TAP interface, e.g. \"tap0\")",
            "{\"backend\": \"tap\", \"ifname\": \"\"} | $.nets[0].ifname: must name the host's TAP interface, e.g. \"tap0\", got an empty string",
            "{\"backend\": \"tap\", \"ifname\": \"a-very-long-name\"} | $.nets[0].ifname: \"a-very-long-name\" is 16 characters; an interface name has at most 15",
            "{\"backend\": \"tap\", \"ifname\": \"tap/0\"} | $.nets[0].ifname: \"tap/0\" is not an interface name (printable ASCII without '/', ':', '%' or spaces; not \".\" or \"..\")",
            "{\"backend\": \"tap\", \"ifname\": \"tap 0\"} | $.nets[0].ifname: \"tap 0\" is not an interface name (printable ASCII without '/', ':', '%' or spaces; not \".\" or \"..\")",
            "{\"backend\": \"tap\", \"ifname\": \"..\"} | $.nets[0].ifname: \"..\" is not an interface name (printable ASCII without '/', ':', '%' or spaces; not \".\" or \"..\")",
            "{\"backend\": \"tap\", \"ifname\": 0} | $.nets[0].ifname: expected a string, got an integer",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"forwards\": []} | $.nets[0].forwards: port forwards are for the user backend; on tap the host reaches the guest at its address",
            "{\"forwards\": [{\"host\": \":80\", \"guest\": 80}], \"backend\": \"tap\", \"ifname\": \"tap0\"} | $.nets[0].forwards: port forwards are for the user backend; on tap the host reaches the guest at its address",
            "{\"backend\": \"user\", \"ifname\": \"tap0\"} | $.nets[0].ifname: is for the tap backend (the user backend has no host interface)",
            "{\"backend\": \"user\", \"address\": \"10.0.3.15/24\"} | $.nets[0].address: the user backend's guest is always 10.0.2.15/24 with gateway 10.0.2.2 (choose addresses with \"backend\": \"tap\")",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"gateway\": \"10.0.3.1\"} | $.nets[0].gateway: needs \"address\" too (the guest's address and subnet, e.g. \"10.0.3.15/24\")",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \"10.0.3.15\"} | $.nets[0].address: \"10.0.3.15\" has no prefix length (write it as e.g. \"10.0.3.15/24\")",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \"10.0.3/24\"} | $.nets[0].address: \"10.0.3\" in \"10.0.3/24\" is not an IPv4 address",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \"10.0.3.15/31\"} | $.nets[0].address: prefix length \"31\" in \"10.0.3.15/31\" is not 1..30",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \"10.0.3.0/24\"} | $.nets[0].address: \"10.0.3.0/24\" is its subnet's network address, not a host",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \"10.0.3.255/24\"} | $.nets[0].address: \"10.0.3.255/24\" is its subnet's broadcast address, not a host",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \"10.0.3.15/24\", \"gateway\": \"10.0.4.1\"} | $.nets[0].gateway: \"10.0.4.1\" is outside the guest's subnet 10.0.3.0/24",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \"10.0.3.15/24\", \"gateway\": \"10.0.3.15\"} | $.nets[0].gateway: \"10.0.3.15\" is the guest's own address",
            "{\"backend\": \"tap\", \"ifname\": \"tap0\", \"address\": \"10.0.3.15/24\", \"gateway\": \"gw\"} | $.nets[0].gateway: \"gw\" is not an IPv4 address",
    })
    void aBadTapNetworkIsNamedByItsField(String net, String expected) throws IOException {
        assertEquals(expected, failure("{\"kernel\": \"k.elf\", \"nets\": [" + net + "]}"));
    }

    @Test
    void aMissingKernelFieldIsNamed() throws IOException {
        assertEquals("$.kernel: required field is missing (the guest image to boot, e.g. \"../build/hello.elf\")",
                failure("{\"cpus\": 2}"));
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() throws IOException {
        assertEquals("$.disk: unknown field (known: kernel, cpus, memory, cmdline, disks, nets, accelerator, env, properties, main)",
                failure("{\"kernel\": \"k\", \"disk\": \"d.img\"}"));
    }

    @Test
    void anUnknownFieldWithAStrangeNameStaysOnOneLine() throws IOException {
        assertEquals("$[\"two\\nlines\"]: unknown field (known: kernel, cpus, memory, cmdline, disks, nets, accelerator, env, properties, main)",
                failure("{\"kernel\": \"k\", \"two\\nlines\": 1}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"cpus\": \"2\"          | $.cpus: expected an integer, got a string",
            "\"cpus\": 2.5            | $.cpus: expected an integer, got a number (2.5)",
            "\"cpus\": 1e2            | $.cpus: expected an integer, got a number (100.0)",
            "\"cpus\": true           | $.cpus: expected an integer, got a boolean",
            "\"cpus\": null           | $.cpus: expected an integer, got null",
            "\"cpus\": [1]            | $.cpus: expected an integer, got an array",
            "\"kernel\": 5            | $.kernel: expected a string, got an integer",
            "\"kernel\": {}           | $.kernel: expected a string, got an object",
            "\"cmdline\": false       | $.cmdline: expected a string, got a boolean",
            "\"memory\": true         | $.memory: expected a string such as \"64M\" or a number of bytes, got a boolean",
            "\"memory\": 1.5          | $.memory: 1.5 is not a whole number of bytes (use a string such as \"64M\" or \"1G\")",
    })
    void aWrongTypeIsNamed(String field, String expected) throws IOException {
        String json = field.startsWith("\"kernel\"") ? "{" + field + "}" : "{\"kernel\": \"k\", " + field + "}";
        assertEquals(expected, failure(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"cpus\": 0                    | $.cpus: 0 is out of range (1..64)",
            "\"cpus\": -1                   | $.cpus: -1 is out of range (1..64)",
            "\"cpus\": 65                   | $.cpus: 65 is out of range (1..64)",
            "\"cpus\": 99999999999999999999 | $.cpus: 99999999999999999999 is out of range (1..64)",
            "\"memory\": \"3M\"             | $.memory: \"3M\" is below the minimum of 4M",
            "\"memory\": \"1.5M\"           | $.memory: \"1.5M\" is not a whole number of MiB",
            "\"memory\": \"65G\"            | $.memory: \"65G\" is above the maximum of 64G",
            "\"memory\": \"64Q\"            | $.memory: \"64Q\" is not a size (use e.g. \"64M\" or \"1G\")",
            "\"memory\": \"64MB\"           | $.memory: \"64MB\" is not a size (use e.g. \"64M\" or \"1G\")",
            "\"memory\": \"0.3K\"           | $.memory: \"0.3K\" is not a whole number of bytes",
            "\"memory\": 3000000            | $.memory: 3000000 is not a whole number of MiB",
            "\"memory\": 0                  | $.memory: 0 is below the minimum of 4M",
            "\"memory\": -4194304           | $.memory: -4194304 is below the minimum of 4M",
            "\"memory\": 99999999999999999999 | $.memory: 99999999999999999999 is above the maximum of 64G",
            "\"kernel\": \"\"               | $.kernel: must name the guest image, got an empty string",
            "\"kernel\": \"a\\u0000b\"      | $.kernel: \"a\\u0000b\" is not a valid path",
            "\"cmdline\": \"a\\u0000b\"     | $.cmdline: contains a NUL character",
    })
    void anImpossibleValueIsNamedWithTheReason(String field, String expected) throws IOException {
        String json = field.startsWith("\"kernel\"") ? "{" + field + "}" : "{\"kernel\": \"k\", " + field + "}";
        assertEquals(expected, failure(json));
    }

    @Test
    void anOverlongCmdlineIsRejectedInUtf8Bytes() throws IOException {
        // 2 bytes per character in UTF-8: 2048 characters are 4096 bytes, one too many.
        String cmdline = "é".repeat(2048);
        assertEquals("$.cmdline: is 4096 bytes long in UTF-8; the limit is 4095",
                failure("{\"kernel\": \"k\", \"cmdline\": \"" + cmdline + "\"}"));
    }

    @Test
    void aSyntaxErrorGivesLineAndColumn() throws IOException {
        String reason = failure("""
                {
                  "kernel": "k",
                  "cpus": 2,
                }
                """);
        assertEquals("line 4, column 1: JSON syntax error: Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start field name", reason);
    }

    @Test
    void anUnquotedValueIsASyntaxError() throws IOException {
        assertEquals("line 1, column 29: JSON syntax error: Unexpected character ('M' (code 77)):"
                        + " was expecting comma to separate Object entries",
                failure("{\"kernel\": \"k\", \"memory\": 64M}"));
    }

    @Test
    void anUnfinishedObjectIsASyntaxError() throws IOException {
        String reason = failure("{\"kernel\": \"k\"");
        assertEquals("line 1, column 15: JSON syntax error: Unexpected end-of-input: expected close marker"
                + " for Object (start marker at line 1, column 1)", reason);
    }

    @Test
    void contentAfterTheObjectIsASyntaxError() throws IOException {
        assertEquals("line 2, column 1: JSON syntax error: more content after the end of the config object",
                failure("{\"kernel\": \"k\"}\n{\"cpus\": 2}\n"));
    }

    @Test
    void aDuplicateFieldIsNamed() throws IOException {
        assertEquals("$.cpus: duplicate field (line 4, column 9)", failure("""
                {
                  "kernel": "k",
                  "cpus": 2,
                  "cpus": 3
                }
                """));
    }

    @Test
    void aTopLevelNonObjectIsRejected() throws IOException {
        assertEquals("$: expected an object, got an array", failure("[{\"kernel\": \"k\"}]"));
        assertEquals("$: expected an object, got a string", failure("\"k.elf\""));
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        assertEquals("the file is empty (expected a JSON object)", failure(""));
        assertEquals("the file is empty (expected a JSON object)", failure("  \n\t\n"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals("no such file", failureFor(dir.resolve("nope.json")));
    }

    @Test
    void aFolderIsNotAConfig() {
        assertEquals("is a folder, not a config file", failureFor(dir));
    }

    @Test
    void aHugeFileIsRejectedBeforeParsing() throws IOException {
        Path file = dir.resolve("big.json");
        Files.write(file, new byte[(1 << 20) + 1]);
        assertEquals("too large for a config (1048577 bytes; the limit is 1M)", failureFor(file));
    }

    @Test
    void acceleratorNamesTheBackendAndDefaultsToAuto() throws IOException {
        assertEquals(AcceleratorKind.AUTO, VmConfigReader.read(write("{\"kernel\": \"k.elf\"}")).accelerator());
        assertEquals(AcceleratorKind.PROCESS,
                VmConfigReader.read(write("{\"kernel\": \"k.elf\", \"accelerator\": \"process\"}")).accelerator());
        assertEquals(AcceleratorKind.KVM,
                VmConfigReader.read(write("{\"kernel\": \"k.elf\", \"accelerator\": \"kvm\"}")).accelerator());
        assertEquals("$.accelerator: expected \"auto\", \"kvm\" or \"process\", got \"hvf\"",
                failure("{\"kernel\": \"k.elf\", \"accelerator\": \"hvf\"}"));
        assertEquals("$.accelerator: expected \"auto\", \"kvm\" or \"process\", got an integer",
                failure("{\"kernel\": \"k.elf\", \"accelerator\": 1}"));
    }
}
