package org.torito.vmm.machine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.torito.vmm.kvm.CpuidEntry;
import org.torito.vmm.kvm.KvmCpuid;

/** What the guest CPU will have, read from KVM_GET_SUPPORTED_CPUID, and the CPUID each core gets. */
public record CpuFeatures(KvmCpuid supported, String vendor, boolean xsave, boolean avx, boolean fsgsbase,
                          long xcr0Supported) {
    private static final int LEAF1_ECX_XSAVE = 1 << 26;
    private static final int LEAF1_ECX_AVX = 1 << 28;
    private static final int LEAF7_EBX_FSGSBASE = 1;
    static final long XCR0_X87 = 1;
    static final long XCR0_SSE = 2;
    static final long XCR0_AVX = 4;

    public static CpuFeatures of(KvmCpuid supported) {
        int leaf1Ecx = supported.find(1, 0).map(CpuidEntry::ecx).orElse(0);
        int leaf7Ebx = supported.find(7, 0).map(CpuidEntry::ebx).orElse(0);
        long xcr0 = supported.find(0xD, 0).map(e -> Integer.toUnsignedLong(e.eax())).orElse(XCR0_X87 | XCR0_SSE);
        boolean xsave = (leaf1Ecx & LEAF1_ECX_XSAVE) != 0;
        boolean avx = xsave && (leaf1Ecx & LEAF1_ECX_AVX) != 0 && (xcr0 & XCR0_AVX) != 0;
        return new CpuFeatures(supported, vendor(supported), xsave, avx, (leaf7Ebx & LEAF7_EBX_FSGSBASE) != 0, xcr0);
    }

    /** The vendor string of CPUID leaf 0 (EBX, EDX, ECX), or "" when KVM reports no leaf 0. */
    static String vendor(KvmCpuid supported) {
        return supported.find(0, 0).map(e -> {
            byte[] text = new byte[12];
            int[] words = {e.ebx(), e.edx(), e.ecx()};
            for (int i = 0; i < 12; i++) {
                text[i] = (byte) (words[i / 4] >>> (8 * (i % 4)));
            }
            return new String(text, StandardCharsets.US_ASCII);
        }).orElse("");
    }

    /** What TR's descriptor type must be for this host's hypercalls to pass the I/O bitmap. */
    public int taskRegisterType() {
        return TaskRegisterType.forVendor(vendor);
    }

    /** CR4: PAE, OSFXSR, OSXMMEXCPT, plus OSXSAVE and FSGSBASE when present. */
    public long cr4() {
        long cr4 = (1L << 5) | (1L << 9) | (1L << 10);
        if (xsave) {
            cr4 |= 1L << 18;
        }
        if (fsgsbase) {
            cr4 |= 1L << 16;
        }
        return cr4;
    }

    /** XCR0: x87 | SSE, plus AVX when present. */
    public long xcr0() {
        return XCR0_X87 | XCR0_SSE | (avx ? XCR0_AVX : 0);
    }

    /** The supported CPUID with this core's APIC id in leaf 1 EBX[31:24] and leaves 0xB/0x1F EDX. */
    public KvmCpuid forCore(int core) {
        List<CpuidEntry> entries = new ArrayList<>();
        for (CpuidEntry e : supported.entries()) {
            if (e.function() == 1) {
                e = e.withEbx((e.ebx() & 0x00FFFFFF) | (core << 24));
            } else if (e.function() == 0xB || e.function() == 0x1F) {
                e = e.withEdx(core);
            }
            entries.add(e);
        }
        return new KvmCpuid(entries);
    }
}
