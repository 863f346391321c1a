package org.torito.vmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuestCommandLineTest {
    @Test
    void appendsPlainWordsWithSpaces() {
        assertEquals("verbose port=80 -x", GuestCommandLine.append("verbose", List.of("port=80", "-x")));
    }

    @Test
    void addsNoLeadingSpaceToAnEmptyCmdline() {
        assertEquals("a b", GuestCommandLine.append("", List.of("a", "b")));
        assertEquals("keep", GuestCommandLine.append("keep", List.of()));
    }

    @Test
    void quotesWhatWouldNotSplitBack() {
        assertEquals("\"hello world\"", GuestCommandLine.quote("hello world"));
        assertEquals("\"tab\there\"", GuestCommandLine.quote("tab\there"));
        assertEquals("\"\"", GuestCommandLine.quote(""));
        assertEquals("\"say \\\"hi\\\"\"", GuestCommandLine.quote("say \"hi\""));
        assertEquals("\"a \\\\ b\"", GuestCommandLine.quote("a \\ b"), "a backslash inside quotes is escaped");
        assertEquals("C:\\dir", GuestCommandLine.quote("C:\\dir"), "a backslash alone needs no quotes");
        assertEquals("ünïcode", GuestCommandLine.quote("ünïcode"));
    }
}
