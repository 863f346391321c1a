package org.torito.vmm.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.torito.packet.Ipv4Address;
import org.torito.vmm.net.user.ForwardRule;
import org.torito.vmm.net.user.OutboundRule;

/**
 * Writes a config back as JSON, with the kernel path absolute and memory in its shortest
 * unit. The result is itself a valid config file, so `torito config check` output can be
 * saved and run.
 */
public final class VmConfigWriter {
    private static final JsonMapper MAPPER = new JsonMapper();

    private VmConfigWriter() {
    }

    public static String toJson(VmConfig config) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kernel", config.kernel().toString());
        node.put("cpus", config.cpus());
        node.put("memory", new MemorySize(config.memoryBytes()).toString());
        node.put("cmdline", config.cmdline());
        if (config.accelerator() != org.torito.vmm.accel.AcceleratorKind.AUTO) {
            node.put("accelerator", config.accelerator().configName());
        }
        if (!config.disks().isEmpty()) {
            var disks = node.putArray("disks");
            for (DiskConfig disk : config.disks()) {
                ObjectNode entry = disks.addObject().put("path", disk.path().toString()).put("readonly", disk.readonly());
                if (disk.mount() != null) {
                    entry.put("mount", disk.mount());
                }
            }
        }
        if (!config.nets().isEmpty()) {
            var nets = node.putArray("nets");
            for (NetDeviceConfig net : config.nets()) {
                ObjectNode entry = nets.addObject().put("backend", net.backend());
                if (net.pcap() != null) {
                    entry.put("pcap", net.pcap().toString());
                }
                if (net.isTap()) {
                    entry.put("ifname", net.ifname()).put("address", net.address().cidr());
                    if (net.address().hasGateway()) {
                        entry.put("gateway", Ipv4Address.toString(net.address().gateway()));
                    }
                    continue;
                }
                var forwards = entry.putArray("forwards");
                for (ForwardRule rule : net.forwards()) {
                    forwards.addObject()
                            .put("host", Ipv4Address.toString(rule.hostAddress()) + ":" + rule.hostPort())
                            .put("guest", rule.guestPort())
                            .put("proto", rule.protocol().name().toLowerCase(java.util.Locale.ROOT));
                }
                if (!net.outbound().isEmpty()) {
                    var outbound = entry.putArray("outbound");
                    for (OutboundRule rule : net.outbound()) {
                        outbound.addObject().put("port", rule.gatewayPort()).put("host", rule.host().toString());
                    }
                }
            }
        }
        writeTable(node, "env", config.settings().env());
        writeTable(node, "properties", config.settings().properties());
        if (config.settings().mainOnEveryCore()) {
            node.put("main", GuestSettings.MAIN_ON_EVERY_CORE);
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static void writeTable(ObjectNode node, String field, java.util.Map<String, String> table) {
        if (!table.isEmpty()) {
            ObjectNode object = node.putObject(field);
            table.forEach(object::put);
        }
    }
}
