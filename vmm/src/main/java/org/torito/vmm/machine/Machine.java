package org.torito.vmm.machine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.torito.vmm.BadInputException;
import org.torito.vmm.config.DiskConfig;
import org.torito.vmm.config.NetDeviceConfig;
import org.torito.vmm.config.VmConfig;
import org.torito.virtio.SegmentVirtioMemory;
import org.torito.vmm.devices.MmioBus;
import org.torito.vmm.devices.blk.DiskImage;
import org.torito.vmm.devices.blk.VirtioBlkDevice;
import org.torito.vmm.devices.net.VirtioNetDevice;
import org.torito.vmm.devices.virtio.VirtioBackend;
import org.torito.vmm.devices.virtio.VirtioMmioTransport;
import org.torito.vmm.elf.ElfImage;
import org.torito.vmm.accel.Accelerator;
import org.torito.vmm.accel.Accelerators;
import org.torito.vmm.accel.GuestCore;
import org.torito.vmm.host.EventFd;
import org.torito.vmm.host.HostCallException;
import org.torito.vmm.net.NetworkBackend;
import org.torito.vmm.net.PacketCapture;
import org.torito.vmm.net.tap.TapNetwork;
import org.torito.vmm.net.user.UserNetwork;

/**
 * A guest machine built from a {@link VmConfig}: validates the config and the kernel image
 * (a {@link BadInputException} before anything runs), builds guest RAM and the CPU state of
 * docs/boot-abi.md, runs one vCPU thread per core, and reports how the run ended.
 */
public final class Machine {
    public static final int EXIT_GUEST_FAILURE = 70;
    public static final int EXIT_MONITOR_FAILURE = 71;
    public static final int MAX_CPUS = 64;
    public static final long MAX_MEMORY = 512L * 1024 * 1024 * 1024;
    public static final int MAX_CMDLINE = 64 * 1024;
    private static final long STOP_GRACE_MILLIS = 200;
    /** The line each device names for Linux-style guests (never raised: Torito guests poll). */
    private static final int FIRST_DEVICE_IRQ = 5;

    private final VmConfig config;
    private final OutputStream console;
    private final PrintStream errors;
    private final boolean bootMarks;
    private PrintStream notes = new PrintStream(OutputStream.nullOutputStream());

    /** A machine that writes the guest's console to {@code console} and reports to {@code errors}. */
    public Machine(VmConfig config, OutputStream console, PrintStream errors) {
        this(config, console, errors, false);
    }

    /** As above; {@code bootMarks} sets boot-info flag bit 0, asking the guest to send MARK hypercalls. */
    public Machine(VmConfig config, OutputStream console, PrintStream errors, boolean bootMarks) {
        this.config = config;
        this.console = console;
        this.errors = errors;
        this.bootMarks = bootMarks;
    }

    /** Where to say which accelerator {@code auto} chose and why (the CLI: standard error); by default nowhere. */
    public Machine sayingAcceleratorTo(PrintStream notes) {
        this.notes = notes;
        return this;
    }

    /**
     * Validates, loads and runs the guest until it exits, faults or breaks a rule.
     *
     * @throws BadInputException when the config or the kernel image is unusable; nothing ran
     */
    public MachineOutcome run() {
        validateConfig();
        // Off the boot path, while the image loads: the vCPUs' first IDLE must not link it.
        Thread.ofPlatform().name("link-idle-calls").daemon().start(EventFd::linkCalls);
        ElfImage image = ElfImage.read(config.kernel());
        GuestLayout layout = GuestLayout.plan(config.memoryBytes(), config.cpus(), image);
        byte[] cmdline = BootInfo.encode(config.cmdline() == null ? "" : config.cmdline());
        if (cmdline.length > MAX_CMDLINE) {
            throw new BadInputException("cmdline is " + cmdline.length + " bytes of UTF-8; the limit is " + MAX_CMDLINE);
        }
        List<DiskImage> disks = openDisks();
        try {
            return boot(Accelerators.open(config.accelerator()), image, layout, cmdline, disks);
        } catch (HostCallException e) {
            errors.println("torito: " + e.getMessage());
            errors.flush();
            return new MachineOutcome(EXIT_MONITOR_FAILURE, e.getMessage(), -1, List.of(), 0, List.of());
        } finally {
            for (DiskImage disk : disks) {
                try {
                    disk.close();
                } catch (java.io.IOException e) {
                    errors.println("torito: " + disk.name() + ": closing: " + e.getMessage());
                }
            }
        }
    }

    /** Opens every disk, or none: a bad one is bad input, and the ones opened before it are closed. */
    private List<DiskImage> openDisks() {
        List<DiskImage> disks = new ArrayList<>();
        try {
            for (int i = 0; i < config.disks().size(); i++) {
                disks.add(DiskImage.open(config.disks().get(i), i));
            }
        } catch (BadInputException e) {
            for (DiskImage disk : disks) {
                try {
                    disk.close();
                } catch (java.io.IOException ignored) {
                    // The bad disk is the error to report.
                }
            }
            throw e;
        }
        return disks;
    }

    /**
     * The virtio-mmio devices, one page each after the doorbells, and the words that announce
     * them to Linux-style guests ({@code virtio_mmio.device=4K@0x...:irq}); Torito guests read
     * the boot info and drop those words.
     */
    private List<VirtioMmioTransport> createDevices(Accelerator accelerator, GuestLayout layout, GuestMemory memory, List<DiskImage> disks,
                                                    List<EventFd> doorbells, MmioBus bus, List<BootInfo.Device> entries,
                                                    StringBuilder announce, List<NetworkBackend> networks,
                                                    List<PacketCapture> captures) {
        List<VirtioMmioTransport> devices = new ArrayList<>();
        SegmentVirtioMemory guestRam = new SegmentVirtioMemory(memory.hostSegment(), 0);
        for (int i = 0; i < disks.size(); i++) {
            VirtioBlkDevice blk = new VirtioBlkDevice(disks.get(i), memory.hostSegment(), guestRam, layout.cpus(), errors);
            devices.add(attach("disk " + i, blk, i, accelerator, layout, guestRam, doorbells, bus, entries, announce));
        }
        for (int i = 0; i < config.nets().size(); i++) {
            NetDeviceConfig netConfig = config.nets().get(i);
            // A TAP device's wire is the host's Ethernet: its MTU; the user network's is virtual.
            int mtu = netConfig.isTap() ? TapNetwork.ETHERNET_MTU : UserNetwork.Limits.defaults().mtu();
            VirtioNetDevice net = new VirtioNetDevice(layout.cpus(), UserNetwork.GUEST_MAC, mtu, guestRam);
            NetworkBackend network;
            if (netConfig.isTap()) {
                network = new TapNetwork(netConfig.ifname(), layout.cpus(), mtu, net);
                // The guest has no other way to learn its address on a wire the host set up.
                announce.append(' ').append(netConfig.address().kernelArgument());
            } else {
                network = new UserNetwork(layout.cpus(), netConfig.forwards(), netConfig.outbound(), net);
            }
            net.connect(network);
            if (netConfig.pcap() != null) {
                net.capture(openCapture(i, netConfig.pcap(), captures));
            }
            networks.add(network);
            devices.add(attach("net " + i, net, disks.size() + i, accelerator, layout, guestRam, doorbells, bus, entries,
                    announce));
        }
        return devices;
    }

    /** Puts a device in MMIO slot {@code slot}: on the bus, in the boot info, and on the command line. */
    private VirtioMmioTransport attach(String name, VirtioBackend backend, int slot, Accelerator accelerator, GuestLayout layout,
                                       SegmentVirtioMemory guestRam, List<EventFd> doorbells, MmioBus bus,
                                       List<BootInfo.Device> entries, StringBuilder announce) {
        long base = layout.deviceBase(slot);
        int irq = FIRST_DEVICE_IRQ + slot;
        VirtioMmioTransport transport = new VirtioMmioTransport(name, backend, guestRam, accelerator, base, doorbells, errors);
        bus.place(base, PageMap.PAGE, transport);
        entries.add(new BootInfo.Device(base, PageMap.PAGE, backend.deviceId(), backend.queueCount(), irq));
        announce.append(String.format(" virtio_mmio.device=4K@0x%x:%d", base, irq));
        return transport;
    }

    private void validateConfig() {
        if (config.cpus() < 1 || config.cpus() > MAX_CPUS) {
            throw new BadInputException("cpus " + config.cpus() + " is out of range: 1 to " + MAX_CPUS);
        }
        long memory = config.memoryBytes();
        if (memory <= 0 || memory > MAX_MEMORY || memory % PageMap.PAGE != 0) {
            throw new BadInputException("memory " + memory + " bytes is not a whole number of 4 KiB pages up to 512 GiB");
        }
    }

    private MachineOutcome boot(Accelerators.Choice choice, ElfImage image, GuestLayout layout, byte[] cmdline,
                                List<DiskImage> disks) {
        Accelerator accelerator = choice.accelerator();
        GuestMemory memory = accelerator.allocateMemory(layout.ramSize());
        List<GuestCore> cores = new ArrayList<>();
        List<EventFd> doorbells = new ArrayList<>();
        List<VirtioMmioTransport> devices = List.of();
        List<NetworkBackend> networks = new ArrayList<>();
        List<PacketCapture> captures = new ArrayList<>();
        boolean released = true;
        try {
            for (int core = 0; core < layout.cpus(); core++) {
                EventFd doorbell = new EventFd();
                doorbells.add(doorbell);
                // The writing core never waits for the monitor to hear it.
                accelerator.doorbell(core, layout.doorbell(core), doorbell);
            }
            long tscHz = accelerator.tscHz();
            MmioBus bus = new MmioBus();
            List<BootInfo.Device> entries = new ArrayList<>();
            StringBuilder announce = new StringBuilder();
            devices = createDevices(accelerator, layout, memory, disks, doorbells, bus, entries, announce, networks,
                    captures);
            startNetworks(networks);
            byte[] line = withDevices(cmdline, announce);
            BootMemory boot = BootMemory.write(memory, layout, image, entries, line, config.settings(),
                    DiskConfig.encodedMounts(config.disks()), tscHz,
                    bootMarks, accelerator.doorPage(layout));
            cores.addAll(accelerator.createCores(memory, layout, image, boot));
            BootInfo.writeWallClock(memory, boot.bootInfo(), accelerator.wallClock());
            // Said once nothing can be bad input any more: an error about the config stands alone.
            if (choice.note() != null) {
                notes.println(choice.note());
                notes.flush();
            }
            released = false;
            Finished finished = runVcpus(cores, doorbells, memory, layout, bus, tscHz);
            released = finished.allStopped();
            return finished.outcome();
        } finally {
            for (NetworkBackend network : networks) {
                network.close();
            }
            // A vCPU thread that would not stop may still use these; then they stay until the process ends.
            for (VirtioMmioTransport device : devices) {
                device.close();
            }
            closeCaptures(captures);
            if (released) {
                for (GuestCore core : cores) {
                    core.close();
                }
                for (EventFd doorbell : doorbells) {
                    doorbell.close();
                }
                memory.close();
                accelerator.close();
            }
        }
    }

    /** Creates net {@code index}'s capture file; one that cannot be written is bad input, and nothing ran. */
    private static PacketCapture openCapture(int index, java.nio.file.Path file, List<PacketCapture> captures) {
        try {
            PacketCapture capture = PacketCapture.create(file);
            captures.add(capture);
            return capture;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("nets[" + index + "].pcap: cannot write " + file + ": its folder does not exist",
                    e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException("nets[" + index + "].pcap: cannot write " + file + ": permission denied", e);
        } catch (java.io.IOException e) {
            throw new BadInputException("nets[" + index + "].pcap: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Flushes every capture; one that failed on the way says so (the frames before the failure are in the file). */
    private void closeCaptures(List<PacketCapture> captures) {
        for (PacketCapture capture : captures) {
            try {
                capture.close();
            } catch (java.io.IOException e) {
                errors.println("torito: packet capture " + capture.file() + " stopped early: " + e);
            }
        }
    }

    /**
     * Binds every forwarded host port and attaches every TAP interface before the guest runs: a
     * port in use or an interface the monitor cannot have is bad input, and nothing ran.
     */
    private static void startNetworks(List<NetworkBackend> networks) {
        for (NetworkBackend network : networks) {
            try {
                network.start();
            } catch (java.io.IOException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
    }

    private static byte[] withDevices(byte[] cmdline, CharSequence announce) {
        if (announce.isEmpty()) {
            return cmdline;
        }
        byte[] words = announce.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int skip = cmdline.length == 0 ? 1 : 0;   // no leading space on an empty command line
        byte[] line = java.util.Arrays.copyOf(cmdline, cmdline.length + words.length - skip);
        System.arraycopy(words, skip, line, cmdline.length, words.length - skip);
        return line;
    }

    private record Finished(MachineOutcome outcome, boolean allStopped) {
    }

    private Finished runVcpus(List<GuestCore> cores, List<EventFd> doorbells, GuestMemory memory, GuestLayout layout,
                              MmioBus bus,
                              long tscHz) {
        CompletableFuture<VcpuStop> first = new CompletableFuture<>();
        List<BootMark> marks = new CopyOnWriteArrayList<>();
        List<Vcpu> vcpus = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        WakeBoost wakeBoost = new WakeBoost(cores.size());
        for (GuestCore guestCore : cores) {
            Vcpu vcpu = new Vcpu(guestCore, doorbells.get(guestCore.id()), wakeBoost,
                    new CoreView(memory, layout, guestCore.id()), bus, console, errors,
                    marks::add, stop -> {
                if (stop != null) {
                    first.complete(stop);
                }
            });
            vcpus.add(vcpu);
            threads.add(Thread.ofPlatform().name("vcpu-" + guestCore.id()).daemon().unstarted(vcpu));
        }
        threads.forEach(Thread::start);
        VcpuStop stop;
        try {
            stop = first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = new VcpuStop(EXIT_MONITOR_FAILURE, -1, "interrupted while the guest ran", -1);
        } catch (ExecutionException e) {
            stop = new VcpuStop(EXIT_MONITOR_FAILURE, -1, String.valueOf(e.getCause()), -1);
        }
        vcpus.forEach(Vcpu::requestStop);
        boolean allStopped = true;
        for (Thread thread : threads) {
            try {
                thread.join(STOP_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            allStopped &= !thread.isAlive();
        }
        wakeBoost.close();
        List<Long> exits = vcpus.stream().map(Vcpu::exits).toList();
        return new Finished(new MachineOutcome(stop.exitCode(), stop.reason(), stop.exitCodeSegment(), marks, tscHz,
                exits), allStopped);
    }
}
