package org.torito.vmm.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.torito.vmm.config.GuestSettings;
import org.torito.vmm.elf.ElfBuilder;
import org.torito.vmm.elf.ElfImage;
import org.torito.vmm.machine.BootMemory;
import org.torito.vmm.machine.GuestLayout;
import org.torito.vmm.machine.GuestMemory;

/**
 * What a core's process maps, derived from the same page map as KVM's page tables: user pages
 * only, with the same rights, each core's writable pages from its own copy, nothing of the
 * monitor's system area but the boot info, and nothing above RAM.
 */
class ProcessMappingsTest {
    private static final long MIB = 1024 * 1024;
    private static final long TEXT = 0x200000;
    private static final long RODATA = 0x201000;
    private static final long DATA = 0x202000;
    private static final int R = SandboxProtocol.PROT_READ;
    private static final int W = SandboxProtocol.PROT_WRITE;
    private static final int X = SandboxProtocol.PROT_EXEC;

    private static SandboxProtocol.Mapping at(List<SandboxProtocol.Mapping> mappings, long address) {
        return mappings.stream().filter(m -> address >= m.address() && address < m.address() + m.length())
                .findFirst().orElse(null);
    }

    @Test
    void eachCoreMapsWhatItsPageTablesWouldGive() {
        byte[] elf = new ElfBuilder().entry(TEXT)
                .load(TEXT, ElfBuilder.PF_R | ElfBuilder.PF_X, new byte[] {(byte) 0xEB, (byte) 0xFE})
                .load(RODATA, ElfBuilder.PF_R, new byte[] {1})
                .load(DATA, ElfBuilder.PF_R | ElfBuilder.PF_W, new byte[] {2}, 0x3000)
                .build();
        ElfImage image = ElfImage.parse(Path.of("guest.elf"), elf);
        long ram = 64 * MIB;
        GuestLayout layout = GuestLayout.plan(ram, 2, image);
        try (GuestMemory memory = GuestMemory.allocate(ram)) {
            BootMemory boot = BootMemory.write(memory, layout, image, List.of(), new byte[0], GuestSettings.NONE, new byte[0], 1_000_000_000L, false,
                    layout.addressSpaceEnd());
            assertTrue(boot.bootInfo() >= BootMemory.BOOT_INFO_FLOOR, "above the usual vm.mmap_min_addr");
            for (int core = 0; core < 2; core++) {
                List<SandboxProtocol.Mapping> mappings = ProcessAccelerator.mappings(boot.pageMaps().get(core), ram);
                assertEquals(null, at(mappings, 0), "the null guard");
                assertEquals(null, at(mappings, 0x1000), "the GDT and the rest of the system area");
                assertEquals(R, at(mappings, boot.bootInfo()).prot(), "the boot info, read-only");
                assertEquals(boot.bootInfo(), at(mappings, boot.bootInfo()).offset() + boot.bootInfo()
                        - at(mappings, boot.bootInfo()).address(), "identity-mapped");
                assertEquals(R | X, at(mappings, TEXT).prot(), "text");
                assertEquals(R, at(mappings, RODATA).prot(), "read-only data");
                SandboxProtocol.Mapping data = at(mappings, DATA);
                assertEquals(R | W, data.prot(), "data, no execute");
                assertEquals(DATA + layout.privateShift(core), data.offset() + DATA - data.address(),
                        "core " + core + "'s own copy of the writable pages");
                assertEquals(R | W, at(mappings, layout.sharedBase()).prot(), "the shared region");
                assertEquals(R | W, at(mappings, layout.stackTop(core) - 8).prot(), "the stack");
                assertEquals(null, at(mappings, layout.guardPage(core)), "the stack's guard page");
                assertEquals(null, at(mappings, layout.doorbell(core)), "doorbells: reached through the door page");
                assertEquals(null, at(mappings, layout.deviceBase(0)), "devices: reached through the door page");
                assertTrue(mappings.stream().allMatch(m -> m.address() + m.length() <= ram), "nothing above RAM");
            }
        }
    }
}
