package org.torito.vmm.net.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.torito.vmm.RequiresHostNetworking;
import org.torito.vmm.net.GuestPort;

/**
 * Attaching and releasing, in this JVM: the backend creates a transient TAP interface of its
 * own (down, without an address, so the host's networking does not change), which the kernel
 * removes when its last file descriptor closes. TapGuestTest moves frames through one.
 */
@RequiresHostNetworking
class TapNetworkTest {
    private static final GuestPort NOWHERE = (queue, frame, offset, length, partial) -> true;
    private final String ifname = "torito" + ProcessHandle.current().pid() % 1_000_000;

    @Test
    void aSecondAttachIsRefusedAsBusyAndClosingReleasesTheInterface() throws Exception {
        TapNetwork first = new TapNetwork(ifname, 2, 1500, NOWHERE);
        try {
            first.start();
            assertTrue(linkExists(), "attaching created " + ifname);
            TapNetwork second = new TapNetwork(ifname, 1, 1500, NOWHERE);
            IOException busy = assertThrows(IOException.class, second::start);
            assertEquals("tap " + ifname + ": busy: another process (another VM?) has it open;"
                    + " give each VM its own TAP interface", busy.getMessage());
            second.close();
        } finally {
            first.close();
        }
        assertFalse(linkExists(), "closing released the last fd, so the kernel removed " + ifname);
        assertTrue(first.fromGuest(0, new byte[60], 0, 60), "a closed backend drops, it does not stall the device");
        assertEquals(1, first.stats().droppedFromGuest());

        TapNetwork again = new TapNetwork(ifname, 1, 1500, NOWHERE);
        try {
            again.start();
            assertTrue(linkExists());
        } finally {
            again.close();
        }
        assertFalse(linkExists());
    }

    private boolean linkExists() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ip", "link", "show", "dev", ifname).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue() == 0;
    }
}
