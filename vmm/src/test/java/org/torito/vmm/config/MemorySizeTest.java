package org.torito.vmm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemorySizeTest {
    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "4096, 4096",
            "512K, 524288",
            "512KiB, 524288",
            "512k, 524288",
            "64M, 67108864",
            "64MiB, 67108864",
            "64m, 67108864",
            "1G, 1073741824",
            "1GiB, 1073741824",
            "1.5G, 1610612736",
            "1.5K, 1536",
            "2T, 2199023255552",
            "0.5M, 524288",
    })
    void readsBinaryUnits(String text, long bytes) throws InvalidValueException {
        assertEquals(bytes, MemorySize.parse(text).bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "M", "64Q", "64MB", "64 M", " 64M", "64M ", "-1M", "1,5M", ".5M",
            "5.M", "64Mi", "64mib", "1e3", "0x10", "64M64", "∞"})
    void rejectsWhatIsNotASize(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> MemorySize.parse(text));
        assertEquals(ShownValue.of(text) + " is not a size (use e.g. \"64M\" or \"1G\")", e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3K", "1.0000001M", "0.5"})
    void rejectsFractionsOfAByte(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> MemorySize.parse(text));
        assertEquals("\"" + text + "\" is not a whole number of bytes", e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4194304T", "99999999999999999999999", "99999999999G"})
    void rejectsSizesBeyondALong(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> MemorySize.parse(text));
        assertEquals("\"" + text + "\" is too large", e.reason());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "100, 100", "1024, 1K", "1536, 1536", "1572864, 1536K", "67108864, 64M",
            "1073741824, 1G", "1610612736, 1536M", "68719476736, 64G", "1099511627776, 1T"})
    void printsTheShortestExactSpelling(long bytes, String text) throws InvalidValueException {
        assertEquals(text, new MemorySize(bytes).toString());
        assertEquals(bytes, MemorySize.parse(text).bytes(), "reads back");
    }

    @org.junit.jupiter.api.Test
    void aNegativeSizeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new MemorySize(-1));
    }
}
