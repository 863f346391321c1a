package org.torito.difftest.generate;

/**
 * SplitMix64, the generators' source of choices: written out here so a generated program does
 * not depend on any library's random algorithm staying the same.
 */
final class SplitMix {
    private long state;

    SplitMix(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A value in [0, bound). */
    int nextInt(int bound) {
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    /** True with probability percent / 100. */
    boolean chance(int percent) {
        return nextInt(100) < percent;
    }

    <T> T pick(T[] choices) {
        return choices[nextInt(choices.length)];
    }

    String pick(String... choices) {
        return choices[nextInt(choices.length)];
    }
}
