package org.cnnlab.ui.controls.map;

/**
 * Contrast stretch of 8-bit colour pixels: the darkest channel value {@code lo} and the brightest
 * {@code hi} found in R, G and B become 0 and 255, every channel value {@code v} becomes
 * {@code round(255 · (v − lo) / (hi − lo))}, alpha stays. One stretch for all three channels, so
 * hues keep their balance. An image of one value has nothing to stretch and is copied unchanged.
 */
public final class ContrastStretch {

    private ContrastStretch() {
    }

    /** Writes the stretched {@code argb} into {@code out} (same length, may be the same array) and returns it. */
    public static int[] apply(int[] argb, int[] out) {
        if (out.length != argb.length) {
            throw new IllegalArgumentException("the stretched image needs " + argb.length + " pixels, got room for " + out.length);
        }
        int lo = 255;
        int hi = 0;
        for (int p : argb) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int v = (p >> shift) & 0xff;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi <= lo) {
            System.arraycopy(argb, 0, out, 0, argb.length);
            return out;
        }
        int[] table = new int[256];
        for (int v = 0; v < 256; v++) {
            table[v] = (int) Math.round(Math.max(0, Math.min(255, 255.0 * (v - lo) / (hi - lo))));
        }
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            out[i] = p & 0xff000000 | table[(p >> 16) & 0xff] << 16 | table[(p >> 8) & 0xff] << 8 | table[p & 0xff];
        }
        return out;
    }
}
