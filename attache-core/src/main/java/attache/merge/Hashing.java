package attache.merge;

/** The 64-bit finaliser of SplitMix64: a fixed, well-mixing bijection, the same on every JVM. */
final class Hashing {

    private Hashing() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
