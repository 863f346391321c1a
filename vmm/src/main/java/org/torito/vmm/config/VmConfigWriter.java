package org.torito.vmm.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
        if (!config.disks().isEmpty()) {
            var disks = node.putArray("disks");
            for (DiskConfig disk : config.disks()) {
                disks.addObject().put("path", disk.path().toString()).put("readonly", disk.readonly());
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
