package org.torito.vmm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torito.vmm.kvm.CpuidEntry;
import org.torito.vmm.kvm.KvmCpuid;

/** TR's type per host: the one rule each way of running KVM enforces (TaskRegisterType's comment). */
class TaskRegisterTypeTest {
    /** CPUID leaf 0 as KVM reports it: the vendor string in EBX, EDX, ECX, four bytes each, little-endian. */
    private static KvmCpuid leafZero(String vendor) {
        int[] words = new int[3];
        for (int i = 0; i < 12; i++) {
            words[i / 4] |= (vendor.charAt(i) & 0xFF) << (8 * (i % 4));
        }
        return new KvmCpuid(List.of(new CpuidEntry(0, 0, 0, 0xD, words[0], words[2], words[1])));
    }

    @Test
    void intelVmxGetsTheBusyTypeVmEntryRequires() {
        assertEquals(0xB, CpuFeatures.of(leafZero("GenuineIntel")).taskRegisterType());
    }

    @Test
    void amdSvmGetsTheAvailableTypeQemusEmulatedSvmNeedsForTheIoBitmap() {
        assertEquals(0x9, CpuFeatures.of(leafZero("AuthenticAMD")).taskRegisterType());
    }

    @Test
    void hygonIsSvmLikeAmd() {
        assertEquals(0x9, CpuFeatures.of(leafZero("HygonGenuine")).taskRegisterType());
    }

    @Test
    void zhaoxinAndCentaurAreVmxLikeIntel() {
        assertEquals(0xB, CpuFeatures.of(leafZero("CentaurHauls")).taskRegisterType());
        assertEquals(0xB, CpuFeatures.of(leafZero("  Shanghai  ")).taskRegisterType());
    }

    @Test
    void anUnknownOrMissingVendorGetsTheArchitecturalBusyType() {
        assertEquals(0xB, CpuFeatures.of(leafZero("SomethingNew")).taskRegisterType());
        assertEquals(0xB, CpuFeatures.of(new KvmCpuid(List.of())).taskRegisterType());
    }

    @Test
    void theVendorIsReadFromLeafZero() {
        assertEquals("AuthenticAMD", CpuFeatures.of(leafZero("AuthenticAMD")).vendor());
        assertEquals("", CpuFeatures.of(new KvmCpuid(List.of())).vendor());
    }
}
