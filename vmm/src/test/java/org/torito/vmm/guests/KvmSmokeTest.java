package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.vmm.RequiresKvm;
import org.torito.vmm.elf.ElfBuilder;

/**
 * The KVM smoke set: one pass over what the KVM backend does (CPU state, GDT/IDT/TSS and page
 * tables, hypercall exits, two vCPUs, ioeventfd doorbells for virtio-blk and virtio-net, image
 * checks), each through the CLI with {@code --accel kvm}. It runs in the test command directly
 * where /dev/kvm exists, and under real KVM nested inside QEMU's emulator where it does not
 * (scripts/test-kvm-nested, docs/testing.md). There, {@value #EMULATED_PROPERTY} is true and
 * the one timing check is left out: an emulated CPU cannot meet it.
 */
@RequiresKvm
class KvmSmokeTest {
    /** Set by scripts/test-kvm-nested: the CPU is QEMU's emulator, so time-bound checks are off. */
    static final String EMULATED_PROPERTY = "torito.emulated";
    private static final boolean EMULATED = Boolean.getBoolean(EMULATED_PROPERTY);
    /** How long a guest may take to answer its first request: boot under emulation is slow. */
    private static final long ANSWER_SECONDS = EMULATED ? 240 : 60;

    @TempDir
    Path dir;

    @BeforeAll
    static void sayWhatIsLeftOut() {
        if (EMULATED) {
            System.out.println("kvm smoke set: emulated CPU: timing checks left out (ping-pong round-trip bound)");
        }
    }

    private static CliRun run(Path config, String... guestArgs) {
        List<String> args = new ArrayList<>(List.of("run", config.toString(), "--accel", "kvm", "--"));
        args.addAll(List.of(guestArgs));
        return CliRun.execute(args.toArray(String[]::new));
    }

    @Test
    void helloPrintsItsArgumentsAndExitsZero() {
        CliRun run = run(GuestImages.HOME.resolve("configs/hello.json"), "two words", "say \"hi\"");
        assertEquals("Hello from Torito!\nargs: two words say \"hi\"\n", run.console(), run.errors());
        assertEquals("", run.errors());
        assertEquals("", run.acceleratorNote(), "--accel kvm is used as named, without a choice to report");
        assertEquals(0, run.exitCode());
    }

    @Test
    void twoCoresBounceMessagesOverChannels() {
        CliRun run = run(GuestImages.HOME.resolve("configs/ping-pong.json"), "500");
        assertEquals("", run.errors());
        assertEquals(0, run.exitCode(), run.console());
        // PingPong itself throws if a message comes back changed.
        Matcher m = Pattern.compile("ping-pong: 500 round trips between core 0 and core 1\n"
                + "rtt median (\\d+) ns, min (\\d+) ns, p99 (\\d+) ns\n").matcher(run.console());
        assertTrue(m.matches(), run.console());
        long median = Long.parseLong(m.group(1));
        assertTrue(median > 0, run.console());
        if (!EMULATED) {
            // A doorbell wake-up, not the event queue's millisecond tick (DedicatedCoresGuestTest).
            assertTrue(median < 900_000, "median round trip " + median + " ns");
        }
    }

    @Test
    void aFaultOnCoreOneIsReportedAsCoreOne() throws IOException {
        // Core 1 (rsi = 1) runs ud2; core 0 spins until the monitor stops the VM.
        byte[] code = {
                0x49, (byte) 0x89, (byte) 0xF5,   // mov r13, rsi
                0x4D, (byte) 0x85, (byte) 0xED,   // test r13, r13
                0x74, 0x02,                       // jz spin
                0x0F, 0x0B,                       // ud2
                (byte) 0xEB, (byte) 0xFE,         // spin: jmp spin
        };
        Path kernel = dir.resolve("fault.elf");
        Files.write(kernel, new ElfBuilder().entry(0x200000).load(0x200000, ElfBuilder.PF_R | ElfBuilder.PF_X, code)
                .build());
        Path config = dir.resolve("fault.json");
        Files.writeString(config, "{\"kernel\": \"" + kernel + "\", \"cpus\": 2, \"memory\": \"64M\"}");
        CliRun run = run(config);
        assertEquals(70, run.exitCode(), run.errors());
        assertTrue(run.errors().startsWith("torito: core 1: guest fault: vector 6 #UD"), run.errors());
        assertTrue(run.errors().contains("rip 0x0000000000200008"), run.errors());
        assertTrue(run.errors().contains("cs 0x1b"), "CPL 3 under the monitor's GDT:\n" + run.errors());
    }

    @Test
    void aDiskIsWrittenFlushedAndReadBackFromBothCores() throws IOException {
        Path image = dir.resolve("disk.img");
        byte[] junk = new byte[4 << 20];
        new Random(7).nextBytes(junk);
        Files.write(image, junk);
        Path config = dir.resolve("disk.json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.example("disk-check") + "\", \"cpus\": 2,"
                + " \"memory\": \"128M\", \"disks\": [{\"path\": \"" + image + "\"}]}");
        long seed = 4242;
        CliRun run = run(config, Long.toString(seed));
        assertEquals("", run.errors());
        assertEquals("disk 0: 8192 sectors, id \"disk.img\", read-write, 2 core(s)\n"
                + "flushed 8192 sectors, seed " + seed + "\n"
                + "verified 8192 sectors\n"
                + "started reads: 2000 verified, 8 in flight; one more refused\n", run.console());
        assertEquals(0, run.exitCode());
        DiskGuestTest.assertPattern(image, seed);
    }

    @Test
    void curlGetsThePageThroughThePortForward() throws Exception {
        int port = HttpGuestTest.freePort();
        Path config = dir.resolve("http.json");
        Files.writeString(config, "{\"kernel\": \"" + GuestImages.example("http") + "\", \"cpus\": 2, \"memory\":"
                + " \"256M\", \"nets\": [{\"backend\": \"user\", \"forwards\": [{\"host\": \"127.0.0.1:" + port
                + "\", \"guest\": 80, \"proto\": \"tcp\"}]}]}");
        String base = "http://127.0.0.1:" + port;
        CompletableFuture<CliRun> vm = CompletableFuture.supplyAsync(() -> run(config, "exit-endpoint"));
        try {
            Curl page = awaitAnswer(base + "/", vm);
            assertEquals(200, page.status(), page.output());
            assertTrue(page.output().contains("<h1>Hello from Torito</h1>"), page.output());
            Curl missing = Curl.get(base + "/no-such-page");
            assertEquals(404, missing.status(), missing.output());
        } finally {
            Curl.get(base + "/exit");
        }
        CliRun run = vm.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.console() + run.errors());
        assertEquals("http: serving on port 80 of 10.0.2.15 on 2 core(s)\n", run.console());
    }

    @Test
    void aTruncatedImageIsRejectedByNameAndNothingRuns() throws IOException {
        byte[] hello = Files.readAllBytes(GuestImages.example("hello"));
        Path kernel = dir.resolve("cut.elf");
        Files.write(kernel, java.util.Arrays.copyOf(hello, 40));
        Path config = dir.resolve("cut.json");
        Files.writeString(config, "{\"kernel\": \"" + kernel + "\"}");
        CliRun run = run(config);
        assertEquals(2, run.exitCode(), run.errors());
        assertEquals("", run.console());
        assertTrue(run.errors().contains("cut.elf") && run.errors().contains("truncated ELF header"), run.errors());
    }

    /** Asks curl for {@code url} until the guest answers (the forward listens before the guest does). */
    private static Curl awaitAnswer(String url, CompletableFuture<CliRun> vm) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_SECONDS);
        Curl last = null;
        while (System.nanoTime() < giveUp) {
            if (vm.isDone()) {
                CliRun run = vm.get();
                throw new AssertionError("the VM ended with " + run.exitCode() + ": " + run.console() + run.errors());
            }
            last = Curl.get(url);
            if (last.status() > 0) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no answer from " + url + " in " + ANSWER_SECONDS + " s; curl said: "
                + (last == null ? "nothing" : last.output()));
    }

    /** One curl run: the status it printed (0 when it got no answer) and everything it wrote. */
    private record Curl(int status, String output) {
        static Curl get(String url) throws IOException, InterruptedException {
            Process curl = new ProcessBuilder("curl", "-sS", "--max-time", "20", "-w", "\n%{http_code}", url)
                    .redirectErrorStream(true).start();
            String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            curl.waitFor();
            String last = output.substring(output.lastIndexOf('\n') + 1).strip();
            int status = last.matches("[0-9]{3}") ? Integer.parseInt(last) : 0;
            return new Curl(status, output);
        }
    }
}
