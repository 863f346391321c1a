package org.torito.vmm.config;

import org.torito.vmm.accel.AcceleratorKind;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import org.torito.vmm.BadInputException;
import org.torito.vmm.net.GuestAddress;
import org.torito.vmm.net.user.ForwardRule;
import org.torito.vmm.net.user.OutboundRule;

/**
 * Reads a VM config file (docs/config.md) into a validated {@link VmConfig}. Every problem
 * becomes a {@link BadInputException} whose one-line message names the file, the JSON path
 * of the field and the reason, and nothing is returned half-checked.
 */
public final class VmConfigReader {
    public static final int DEFAULT_CPUS = 1;
    public static final MemorySize DEFAULT_MEMORY = new MemorySize(64 * MemorySize.MIB);
    public static final String DEFAULT_CMDLINE = "";
    /** A config is a few lines; a huge file is a mistake, not a config. */
    static final long MAX_FILE_BYTES = 1 << 20;

    private static final List<String> KNOWN_FIELDS = List.of("kernel", "cpus", "memory", "cmdline", "disks", "nets",
            "accelerator", "env", "properties", "main");
    private static final List<String> KNOWN_DISK_FIELDS = List.of("path", "readonly", "mount");
    private static final List<String> KNOWN_NET_FIELDS = List.of("backend", "ifname", "address", "gateway", "forwards",
            "outbound", "pcap");
    /** Linux's IFNAMSIZ (16) less the NUL. */
    static final int MAX_IFNAME = 15;
    private static final List<String> KNOWN_FORWARD_FIELDS = List.of("host", "guest", "proto");
    private static final List<String> KNOWN_OUTBOUND_FIELDS = List.of("port", "host");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private VmConfigReader() {
    }

    public static VmConfig read(Path file) {
        JsonNode root = parse(file, readBytes(file));
        if (!root.isObject()) {
            throw new BadInputException(file + ": $: expected an object, got " + describe(root));
        }
        Path kernel = null;
        int cpus = DEFAULT_CPUS;
        MemorySize memory = DEFAULT_MEMORY;
        String cmdline = DEFAULT_CMDLINE;
        List<DiskConfig> disks = List.of();
        List<NetDeviceConfig> nets = List.of();
        AcceleratorKind accelerator = AcceleratorKind.AUTO;
        Map<String, String> env = Map.of();
        Map<String, String> properties = Map.of();
        boolean mainOnEveryCore = false;
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String path = pathOf(field.getKey());
            JsonNode value = field.getValue();
            try {
                switch (field.getKey()) {
                    case "kernel" -> kernel = kernel(file, value);
                    case "cpus" -> cpus = cpus(value);
                    case "memory" -> memory = memory(value);
                    case "cmdline" -> cmdline = cmdline(value);
                    case "disks" -> disks = disks(file, path, value);
                    case "nets" -> nets = nets(file, path, value);
                    case "accelerator" -> accelerator = accelerator(value);
                    case "env" -> env = GuestSettingsReader.env(file, path, value);
                    case "properties" -> properties = GuestSettingsReader.properties(file, path, value);
                    case "main" -> mainOnEveryCore = GuestSettingsReader.mainOnEveryCore(value);
                    default -> throw new InvalidValueException(
                            "unknown field (known: " + String.join(", ", KNOWN_FIELDS) + ")");
                }
            } catch (InvalidValueException e) {
                throw new BadInputException(file + ": " + path + ": " + e.reason());
            }
        }
        if (kernel == null) {
            throw new BadInputException(file + ": $.kernel: required field is missing"
                    + " (the guest image to boot, e.g. \"../build/hello.elf\")");
        }
        return new VmConfig(kernel, cpus, memory.bytes(), cmdline, disks, nets, accelerator,
                new GuestSettings(env, properties, mainOnEveryCore));
    }

    private static AcceleratorKind accelerator(JsonNode value) throws InvalidValueException {
        AcceleratorKind kind = value.isTextual() ? AcceleratorKind.byName(value.textValue()) : null;
        if (kind == null) {
            throw new InvalidValueException("expected \"auto\", \"kvm\" or \"process\", got "
                    + (value.isTextual() ? "\"" + value.textValue() + "\"" : describe(value)));
        }
        return kind;
    }

    private static byte[] readBytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": is a folder, not a config file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BadInputException(file + ": too large for a config (" + size
                        + " bytes; the limit is " + new MemorySize(MAX_FILE_BYTES) + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(file + ": permission denied");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(Path file, byte[] content) {
        try (JsonParser parser = MAPPER.createParser(content)) {
            JsonNode root;
            try {
                root = MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                throw syntaxError(file, parser, e);
            }
            if (root == null || root.isMissingNode()) {
                throw new BadInputException(file + ": the file is empty (expected a JSON object)");
            }
            JsonToken trailing;
            try {
                trailing = parser.nextToken();
            } catch (JsonProcessingException e) {
                throw syntaxError(file, parser, e);
            }
            if (trailing != null) {
                throw new BadInputException(file + ": " + at(parser.currentTokenLocation())
                        + ": JSON syntax error: more content after the end of the config object");
            }
            return root;
        } catch (IOException e) {
            // Reading from a byte array fails only through the parser, handled above.
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static BadInputException syntaxError(Path file, JsonParser parser, JsonProcessingException e) {
        String where = at(e.getLocation());
        String message = oneLine(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            // The parser stops at the second occurrence, and its context names the field.
            JsonStreamContext context = parser.getParsingContext();
            return new BadInputException(file + ": " + pathOf(context) + ": duplicate field ("
                    + where + ")", e);
        }
        return new BadInputException(file + ": " + where + ": JSON syntax error: " + message, e);
    }

    private static String at(JsonLocation location) {
        if (location == null) {
            return "line ?, column ?";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "unreadable JSON";
        }
        // Jackson names the input "[Source: REDACTED ...]"; the file is already named.
        return text.replaceAll("\\s+", " ").trim()
                .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    private static Path kernel(Path file, JsonNode value) throws InvalidValueException {
        String text = string(value);
        if (text.isBlank()) {
            throw new InvalidValueException("must name the guest image, got an empty string");
        }
        return resolve(file, text);
    }

    /** Each disk's errors name its own path in the file, e.g. {@code $.disks[1].readonly}. */
    private static List<DiskConfig> disks(Path file, String path, JsonNode value) throws InvalidValueException {
        if (!value.isArray()) {
            throw new InvalidValueException("expected an array of disks, got " + describe(value));
        }
        if (value.size() > VmLimits.MAX_DISKS) {
            throw new InvalidValueException(value.size() + " disks; the limit is " + VmLimits.MAX_DISKS);
        }
        List<DiskConfig> disks = new java.util.ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String diskPath = path + "[" + i + "]";
            JsonNode disk = value.get(i);
            if (!disk.isObject()) {
                throw new BadInputException(file + ": " + diskPath + ": expected an object such as"
                        + " {\"path\": \"disk.img\"}, got " + describe(disk));
            }
            Path image = null;
            boolean readonly = false;
            String mount = null;
            for (Map.Entry<String, JsonNode> field : disk.properties()) {
                String fieldPath = diskPath + stepOf(field.getKey());
                try {
                    switch (field.getKey()) {
                        case "path" -> {
                            String text = string(field.getValue());
                            if (text.isBlank()) {
                                throw new InvalidValueException("must name a raw disk image, got an empty string");
                            }
                            image = resolve(file, text);
                        }
                        case "readonly" -> {
                            if (!field.getValue().isBoolean()) {
                                throw new InvalidValueException("expected true or false, got " + describe(field.getValue()));
                            }
                            readonly = field.getValue().booleanValue();
                        }
                        case "mount" -> mount = DiskMountReader.mount(field.getValue());
                        default -> throw new InvalidValueException(
                                "unknown field (known: " + String.join(", ", KNOWN_DISK_FIELDS) + ")");
                    }
                } catch (InvalidValueException e) {
                    throw new BadInputException(file + ": " + fieldPath + ": " + e.reason());
                }
            }
            if (image == null) {
                throw new BadInputException(file + ": " + diskPath + ".path: required field is missing"
                        + " (the raw disk image, e.g. \"disk.img\")");
            }
            disks.add(new DiskConfig(image, readonly, mount));
        }
        DiskMountReader.checkDistinct(file, path, disks);
        return disks;
    }

    /** Each network device's errors name their own path, e.g. {@code $.nets[0].forwards[1].host}. */
    private static List<NetDeviceConfig> nets(Path file, String path, JsonNode value) throws InvalidValueException {
        if (!value.isArray()) {
            throw new InvalidValueException("expected an array of network devices, got " + describe(value));
        }
        if (value.size() > VmLimits.MAX_NETS) {
            throw new InvalidValueException(value.size() + " network devices; the limit is " + VmLimits.MAX_NETS);
        }
        List<NetDeviceConfig> nets = new java.util.ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String netPath = path + "[" + i + "]";
            JsonNode net = value.get(i);
            if (!net.isObject()) {
                throw new BadInputException(file + ": " + netPath + ": expected an object such as"
                        + " {\"backend\": \"user\"}, got " + describe(net));
            }
            nets.add(net(file, netPath, net));
        }
        return nets;
    }

    /**
     * One network device. Which fields are allowed depends on the backend, which may come after
     * them in the file, so the fields are read first and checked against the backend after.
     */
    private static NetDeviceConfig net(Path file, String netPath, JsonNode net) {
        String backend = null;
        JsonNode forwards = null;
        JsonNode outbound = null;
        String ifname = null;
        String address = null;
        String gateway = null;
        Path pcap = null;
        for (Map.Entry<String, JsonNode> field : net.properties()) {
            String fieldPath = netPath + stepOf(field.getKey());
            try {
                switch (field.getKey()) {
                    case "backend" -> {
                        backend = string(field.getValue());
                        if (!backend.equals(NetDeviceConfig.USER) && !backend.equals(NetDeviceConfig.TAP)) {
                            throw new InvalidValueException(ShownValue.of(backend) + " is not a backend (known: user, tap)");
                        }
                    }
                    case "forwards" -> forwards = field.getValue();
                    case "outbound" -> outbound = field.getValue();
                    case "ifname" -> ifname = ifname(string(field.getValue()));
                    case "address" -> address = string(field.getValue());
                    case "gateway" -> gateway = string(field.getValue());
                    case "pcap" -> pcap = pcapFile(file, string(field.getValue()));
                    default -> throw new InvalidValueException(
                            "unknown field (known: " + String.join(", ", KNOWN_NET_FIELDS) + ")");
                }
            } catch (InvalidValueException e) {
                throw new BadInputException(file + ": " + fieldPath + ": " + e.reason());
            }
        }
        if (backend == null) {
            throw new BadInputException(file + ": " + netPath + ".backend: required field is missing"
                    + " (\"user\" or \"tap\")");
        }
        if (backend.equals(NetDeviceConfig.USER)) {
            if (ifname != null) {
                throw new BadInputException(file + ": " + netPath + ".ifname: is for the tap backend"
                        + " (the user backend has no host interface)");
            }
            if (address != null || gateway != null) {
                throw new BadInputException(file + ": " + netPath + (address != null ? ".address" : ".gateway")
                        + ": the user backend's guest is always 10.0.2.15/24 with gateway 10.0.2.2"
                        + " (choose addresses with \"backend\": \"tap\")");
            }
            List<ForwardRule> rules = List.of();
            if (forwards != null) {
                try {
                    rules = forwards(file, netPath + ".forwards", forwards);
                } catch (InvalidValueException e) {
                    throw new BadInputException(file + ": " + netPath + ".forwards: " + e.reason());
                }
            }
            List<OutboundRule> outboundRules = List.of();
            if (outbound != null) {
                try {
                    outboundRules = outbound(file, netPath + ".outbound", outbound);
                } catch (InvalidValueException e) {
                    throw new BadInputException(file + ": " + netPath + ".outbound: " + e.reason());
                }
            }
            return new NetDeviceConfig(backend, rules).withOutbound(outboundRules).withPcap(pcap);
        }
        if (forwards != null) {
            throw new BadInputException(file + ": " + netPath + ".forwards: port forwards are for the user backend;"
                    + " on tap the host reaches the guest at its address");
        }
        if (outbound != null) {
            throw new BadInputException(file + ": " + netPath + ".outbound: outbound rules are for the user backend;"
                    + " on tap the guest reaches the host through the interface");
        }
        if (ifname == null) {
            throw new BadInputException(file + ": " + netPath + ".ifname: required field is missing"
                    + " (the host's TAP interface, e.g. \"tap0\")");
        }
        if (address == null && gateway != null) {
            throw new BadInputException(file + ": " + netPath + ".gateway: needs \"address\" too"
                    + " (the guest's address and subnet, e.g. \"10.0.3.15/24\")");
        }
        GuestAddress guest = GuestAddress.USER_NETWORK;
        if (address != null) {
            try {
                guest = GuestAddress.parse(address, gateway);
            } catch (IllegalArgumentException e) {
                // GuestAddress names the field first ("address: ..." or "gateway: ...").
                throw new BadInputException(file + ": " + netPath + "." + e.getMessage());
            }
        }
        return NetDeviceConfig.tap(ifname, guest).withPcap(pcap);
    }

    /** A capture file: relative to the config's folder, and not a folder (it is created or truncated at boot). */
    private static Path pcapFile(Path file, String text) throws InvalidValueException {
        if (text.isEmpty()) {
            throw new InvalidValueException("must name the file to write, e.g. \"guest.pcap\", got an empty string");
        }
        Path path = resolve(file, text);
        if (Files.isDirectory(path)) {
            throw new InvalidValueException(ShownValue.of(text) + " is a folder; name the capture file");
        }
        return path;
    }

    /**
     * A Linux interface name: what the kernel takes (dev_valid_name), kept to printable ASCII so
     * the name reads the same in every message.
     */
    private static String ifname(String name) throws InvalidValueException {
        if (name.isEmpty()) {
            throw new InvalidValueException("must name the host's TAP interface, e.g. \"tap0\", got an empty string");
        }
        if (name.length() > MAX_IFNAME) {
            throw new InvalidValueException(ShownValue.of(name) + " is " + name.length()
                    + " characters; an interface name has at most " + MAX_IFNAME);
        }
        if (name.equals(".") || name.equals("..") || !name.chars().allMatch(c -> c > ' ' && c < 0x7F && c != '/'
                && c != ':' && c != '%')) {
            throw new InvalidValueException(ShownValue.of(name)
                    + " is not an interface name (printable ASCII without '/', ':', '%' or spaces; not \".\" or \"..\")");
        }
        return name;
    }

    private static List<ForwardRule> forwards(Path file, String path, JsonNode value) throws InvalidValueException {
        if (!value.isArray()) {
            throw new InvalidValueException("expected an array of forwards, got " + describe(value));
        }
        List<ForwardRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String rulePath = path + "[" + i + "]";
            JsonNode rule = value.get(i);
            if (!rule.isObject()) {
                throw new BadInputException(file + ": " + rulePath + ": expected an object such as"
                        + " {\"host\": \"127.0.0.1:8080\", \"guest\": 80, \"proto\": \"tcp\"}, got " + describe(rule));
            }
            String host = null;
            int guest = -1;
            String proto = null;
            for (Map.Entry<String, JsonNode> field : rule.properties()) {
                String fieldPath = rulePath + stepOf(field.getKey());
                try {
                    switch (field.getKey()) {
                        case "host" -> host = string(field.getValue());
                        case "guest" -> guest = portNumber(field.getValue());
                        case "proto" -> proto = string(field.getValue());
                        default -> throw new InvalidValueException(
                                "unknown field (known: " + String.join(", ", KNOWN_FORWARD_FIELDS) + ")");
                    }
                } catch (InvalidValueException e) {
                    throw new BadInputException(file + ": " + fieldPath + ": " + e.reason());
                }
            }
            if (guest < 0) {
                throw new BadInputException(file + ": " + rulePath + ".guest: required field is missing"
                        + " (the guest's port, e.g. 80)");
            }
            try {
                rules.add(ForwardRule.parse(host, guest, proto));
            } catch (IllegalArgumentException e) {
                // ForwardRule names the field first ("host: ..."), so the path is the rule's plus that field.
                throw new BadInputException(file + ": " + rulePath + "." + e.getMessage());
            }
        }
        return rules;
    }

    private static List<OutboundRule> outbound(Path file, String path, JsonNode value) throws InvalidValueException {
        if (!value.isArray()) {
            throw new InvalidValueException("expected an array of outbound rules, got " + describe(value));
        }
        if (value.size() > VmLimits.MAX_OUTBOUND_RULES) {
            throw new InvalidValueException(value.size() + " outbound rules; the limit is " + VmLimits.MAX_OUTBOUND_RULES);
        }
        List<OutboundRule> rules = new java.util.ArrayList<>();
        java.util.Set<Integer> ports = new java.util.HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            String rulePath = path + "[" + i + "]";
            JsonNode rule = value.get(i);
            if (!rule.isObject()) {
                throw new BadInputException(file + ": " + rulePath + ": expected an object such as"
                        + " {\"port\": 5432, \"host\": \"127.0.0.1:5432\"}, got " + describe(rule));
            }
            int port = -1;
            String host = null;
            for (Map.Entry<String, JsonNode> field : rule.properties()) {
                String fieldPath = rulePath + stepOf(field.getKey());
                try {
                    switch (field.getKey()) {
                        case "port" -> port = portNumber(field.getValue());
                        case "host" -> host = string(field.getValue());
                        default -> throw new InvalidValueException(
                                "unknown field (known: " + String.join(", ", KNOWN_OUTBOUND_FIELDS) + ")");
                    }
                } catch (InvalidValueException e) {
                    throw new BadInputException(file + ": " + fieldPath + ": " + e.reason());
                }
            }
            if (port < 0) {
                throw new BadInputException(file + ": " + rulePath + ".port: required field is missing"
                        + " (the gateway port the guest connects to, e.g. 5432)");
            }
            if (!ports.add(port)) {
                throw new BadInputException(file + ": " + rulePath + ".port: " + port
                        + " has a rule already; each gateway port leads to one host address");
            }
            try {
                rules.add(OutboundRule.parse(port, host));
            } catch (IllegalArgumentException e) {
                // OutboundRule names the field first ("host: ..."), so the path is the rule's plus that field.
                throw new BadInputException(file + ": " + rulePath + "." + e.getMessage());
            }
        }
        return rules;
    }

    private static int portNumber(JsonNode port) throws InvalidValueException {
        if (!port.isIntegralNumber() || port.bigIntegerValue().bitLength() > 31) {
            throw new InvalidValueException("expected a port number 1..65535, got " + describe(port));
        }
        int number = port.intValue();
        if (number < 1 || number > 65535) {
            throw new InvalidValueException("port " + number + " is outside 1..65535");
        }
        return number;
    }

    private static Path resolve(Path file, String text) throws InvalidValueException {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder.resolve(Path.of(text)).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidValueException(ShownValue.of(text) + " is not a valid path");
        }
    }

    private static int cpus(JsonNode value) throws InvalidValueException {
        if (!value.isIntegralNumber()) {
            throw new InvalidValueException("expected an integer, got " + describe(value));
        }
        BigInteger cpus = value.bigIntegerValue();
        long clamped = cpus.bitLength() > 31 ? (cpus.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                : cpus.longValue();
        VmLimits.checkCpus(clamped, cpus.toString());
        return (int) clamped;
    }

    /** A string such as "64M", or an integer number of bytes. */
    private static MemorySize memory(JsonNode value) throws InvalidValueException {
        MemorySize size;
        String shown;
        if (value.isTextual()) {
            shown = ShownValue.of(value.textValue());
            size = MemorySize.parse(value.textValue());
        } else if (value.isIntegralNumber()) {
            BigInteger bytes = value.bigIntegerValue();
            shown = bytes.toString();
            if (bytes.signum() < 0) {
                throw new InvalidValueException(shown + " is below the minimum of " + VmLimits.MIN_MEMORY);
            }
            if (bytes.bitLength() > 62) {
                throw new InvalidValueException(shown + " is above the maximum of " + VmLimits.MAX_MEMORY);
            }
            size = new MemorySize(bytes.longValueExact());
        } else if (value.isNumber()) {
            throw new InvalidValueException(value.asText() + " is not a whole number of bytes"
                    + " (use a string such as \"64M\" or \"1G\")");
        } else {
            throw new InvalidValueException("expected a string such as \"64M\" or a number of bytes, got "
                    + describe(value));
        }
        VmLimits.checkMemory(size, shown);
        return size;
    }

    private static String cmdline(JsonNode value) throws InvalidValueException {
        String text = string(value);
        VmLimits.checkCmdline(text);
        return text;
    }

    private static String string(JsonNode value) throws InvalidValueException {
        if (!value.isTextual()) {
            throw new InvalidValueException("expected a string, got " + describe(value));
        }
        return value.textValue();
    }

    /** How a JSON value reads in "expected X, got Y". */
    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> value.isIntegralNumber() ? "an integer" : "a number (" + value.asText() + ")";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String step = c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]"
                    : stepOf(c.getCurrentName());
            path.insert(0, step);
        }
        return "$" + path;
    }

    static String pathOf(String topLevelField) {
        return "$" + stepOf(topLevelField);
    }

    static String stepOf(String name) {
        if (name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "." + name;
        }
        return "[" + ShownValue.of(name == null ? "" : name) + "]";
    }
}
