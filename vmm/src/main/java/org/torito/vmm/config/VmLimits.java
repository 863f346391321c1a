package org.torito.vmm.config;

import java.nio.charset.StandardCharsets;

import org.torito.tcpip.NetworkStack;

/**
 * What a VM may ask for. The same checks apply to a config file and to command-line
 * overrides, so both fail with the same reasons.
 */
public final class VmLimits {
    public static final int MIN_CPUS = 1;
    public static final int MAX_CPUS = 64;
    /** The monitor's system area takes the first 2 MiB; the image and stacks need the rest. */
    public static final MemorySize MIN_MEMORY = new MemorySize(4 * MemorySize.MIB);
    public static final MemorySize MAX_MEMORY = new MemorySize(64 * MemorySize.GIB);
    /** The command line and its NUL terminator fit one 4 KiB page of the boot info. */
    public static final int MAX_CMDLINE_BYTES = 4095;
    /**
     * The environment and the properties, each as the boot info carries it (name NUL value NUL
     * per entry): settings, not data; together with the rest they fit the monitor's system area.
     */
    public static final int MAX_SETTINGS_BYTES = 32 * 1024;
    /** Each disk is one virtio-mmio device page; more than this is a mistake, not a machine. */
    public static final int MAX_DISKS = 16;
    /** Network devices; one until several are needed. */
    public static final int MAX_NETS = 1;
    /** Each outbound rule is a listener of the gateway's stack, whose table holds this many. */
    public static final int MAX_OUTBOUND_RULES = NetworkStack.MAX_LISTENERS;

    private VmLimits() {
    }

    /** {@code shown} is the value as the user wrote it, for the reason. */
    public static void checkCpus(long cpus, String shown) throws InvalidValueException {
        if (cpus < MIN_CPUS || cpus > MAX_CPUS) {
            throw new InvalidValueException(
                    shown + " is out of range (" + MIN_CPUS + ".." + MAX_CPUS + ")");
        }
    }

    public static void checkMemory(MemorySize size, String shown) throws InvalidValueException {
        long bytes = size.bytes();
        if (bytes % MemorySize.MIB != 0) {
            throw new InvalidValueException(shown + " is not a whole number of MiB");
        }
        if (bytes < MIN_MEMORY.bytes()) {
            throw new InvalidValueException(shown + " is below the minimum of " + MIN_MEMORY);
        }
        if (bytes > MAX_MEMORY.bytes()) {
            throw new InvalidValueException(shown + " is above the maximum of " + MAX_MEMORY);
        }
    }

    public static void checkCmdline(String cmdline) throws InvalidValueException {
        if (cmdline.indexOf('\0') >= 0) {
            // The guest reads it as a NUL-terminated string and would silently cut it.
            throw new InvalidValueException("contains a NUL character");
        }
        int length = cmdline.getBytes(StandardCharsets.UTF_8).length;
        if (length > MAX_CMDLINE_BYTES) {
            throw new InvalidValueException("is " + length + " bytes long in UTF-8; the limit is "
                    + MAX_CMDLINE_BYTES);
        }
    }

    /** A name or value of the environment or the properties: the guest reads each up to its NUL. */
    public static void checkSetting(String text) throws InvalidValueException {
        if (text.indexOf('\0') >= 0) {
            throw new InvalidValueException("contains a NUL character");
        }
    }

    /** The size of one table as the boot info carries it; {@code what} names it ("the environment"). */
    public static void checkSettingsSize(int bytes, String what) throws InvalidValueException {
        if (bytes > MAX_SETTINGS_BYTES) {
            throw new InvalidValueException(what + " is " + bytes + " bytes as the guest gets it (name, value and"
                    + " a NUL after each); the limit is " + MAX_SETTINGS_BYTES);
        }
    }
}
