package org.torito.vmm.guests;

import org.teavm.interop.Import;

/**
 * A guest that faults on purpose in C code it calls (faults.c), chosen by its first
 * argument: {@code null}, {@code ud2} or {@code unmapped}. It prints one line first, so a
 * test can see that the guest ran up to the fault and that output before it is kept.
 */
public final class FaultingGuest {
    private FaultingGuest() {
    }

    @Import(name = "torito_test_null_store")
    static native void nullStore();

    @Import(name = "torito_test_ud2")
    static native void ud2();

    @Import(name = "torito_test_unmapped_store")
    static native void unmappedStore();

    public static void main(String[] args) {
        String fault = args.length > 0 ? args[0] : "";
        System.out.println("about to fault: " + fault);
        switch (fault) {
            case "null" -> nullStore();
            case "ud2" -> ud2();
            case "unmapped" -> unmappedStore();
            default -> System.out.println("unknown fault " + fault);
        }
        System.out.println("still running after " + fault);
    }
}
