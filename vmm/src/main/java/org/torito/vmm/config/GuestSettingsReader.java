package org.torito.vmm.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.torito.vmm.BadInputException;

/**
 * Reads a config's {@code "env"} and {@code "properties"}: objects of strings, kept in the file's
 * order, and its {@code "main"}. Each error names the entry, e.g. {@code $.env["A=B"]}.
 */
final class GuestSettingsReader {
    private GuestSettingsReader() {
    }

    /** Environment variables: a name is not empty and holds no '=' (the JDK's own rule, which HotSpot inherits from POSIX). */
    static Map<String, String> env(Path file, String path, JsonNode value) throws InvalidValueException {
        Map<String, String> env = table(file, path, value, "environment variables", "{\"PORT\": \"8080\"}");
        for (String name : env.keySet()) {
            if (name.isEmpty() || name.indexOf('=') >= 0) {
                throw new BadInputException(file + ": " + path + VmConfigReader.stepOf(name)
                        + ": not a variable name (it must be non-empty and hold no '=')");
            }
        }
        VmLimits.checkSettingsSize(GuestSettings.encode(env).length, "the environment");
        return env;
    }

    /** System properties: any non-empty key. */
    static Map<String, String> properties(Path file, String path, JsonNode value) throws InvalidValueException {
        Map<String, String> properties = table(file, path, value, "system properties", "{\"app.mode\": \"production\"}");
        if (properties.containsKey("")) {
            throw new BadInputException(file + ": " + path + "[\"\"]: a property needs a name");
        }
        VmLimits.checkSettingsSize(GuestSettings.encode(properties).length, "the properties");
        return properties;
    }

    /** {@code "main"}: {@code "core0"} (the default) or {@code "every-core"}. */
    static boolean mainOnEveryCore(JsonNode value) throws InvalidValueException {
        if (value.isTextual() && value.textValue().equals(GuestSettings.MAIN_ON_EVERY_CORE)) {
            return true;
        }
        if (value.isTextual() && value.textValue().equals(GuestSettings.MAIN_ON_CORE_ZERO)) {
            return false;
        }
        throw new InvalidValueException("expected \"" + GuestSettings.MAIN_ON_CORE_ZERO + "\" (main runs on core 0; the"
                + " default) or \"" + GuestSettings.MAIN_ON_EVERY_CORE + "\" (every core runs main), got "
                + (value.isTextual() ? "\"" + value.textValue() + "\"" : VmConfigReader.describe(value)));
    }

    private static Map<String, String> table(Path file, String path, JsonNode value, String what, String example)
            throws InvalidValueException {
        if (!value.isObject()) {
            throw new InvalidValueException("expected an object of " + what + " such as " + example + ", got "
                    + VmConfigReader.describe(value));
        }
        Map<String, String> table = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String entryPath = path + VmConfigReader.stepOf(entry.getKey());
            try {
                if (!entry.getValue().isTextual()) {
                    throw new InvalidValueException("expected a string, got " + VmConfigReader.describe(entry.getValue())
                            + (entry.getValue().isNumber() || entry.getValue().isBoolean()
                            ? " (write it in quotes: the program reads every value as a string)" : ""));
                }
                VmLimits.checkSetting(entry.getKey());
                VmLimits.checkSetting(entry.getValue().textValue());
            } catch (InvalidValueException e) {
                throw new BadInputException(file + ": " + entryPath + ": " + e.reason());
            }
            table.put(entry.getKey(), entry.getValue().textValue());
        }
        return table;
    }
}
