package org.torito.boot;

import java.nio.file.Path;
import java.util.List;

/**
 * The guest has no kernel below it: a syscall/sysenter/int 0x80 instruction would fault.
 * Any one in the image means some libc code slipped in, so the build fails.
 */
final class SyscallCheck {
    private SyscallCheck() {
    }

    static void verify(Path elf) throws ImageBuildException {
        String listing = Toolchain.run(elf.toAbsolutePath().getParent(),
                List.of("objdump", "-d", "--no-show-raw-insn", elf.toAbsolutePath().toString()), "objdump");
        List<String> found = findSyscalls(listing);
        if (!found.isEmpty()) {
            throw new ImageBuildException(elf + " contains " + found.size() + " system-call instruction(s), first: "
                    + found.getFirst().strip());
        }
    }

    /** Lines of an objdump -d listing whose instruction enters an OS kernel. */
    static List<String> findSyscalls(String objdumpListing) {
        return objdumpListing.lines().filter(line -> {
            int tab = line.indexOf('\t');
            if (tab < 0 || !line.substring(0, tab).strip().endsWith(":")) {
                return false;
            }
            String insn = line.substring(tab + 1).strip();
            return insn.equals("syscall") || insn.equals("sysenter") || insn.startsWith("int    $0x80");
        }).toList();
    }
}
