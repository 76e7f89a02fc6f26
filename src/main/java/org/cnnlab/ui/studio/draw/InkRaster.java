package org.cnnlab.ui.studio.draw;

/**
 * The pad's ink as a grid of coverage values 0–1, one per pixel, row by row: what is sent to the
 * network. A stroke segment of radius {@code r} covers pixel centre {@code p} by
 * {@code clamp(r + 0.5 - distance(p, segment), 0, 1)}, an anti-aliased edge one pixel wide;
 * overlapping strokes keep the larger coverage.
 */
final class InkRaster {
    private final int width;
    private final int height;
    private final float[] ink;
    private int inkedPixels;

    InkRaster(int width, int height) {
        this.width = width;
        this.height = height;
        this.ink = new float[width * height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    boolean isEmpty() {
        return inkedPixels == 0;
    }

    float[] copy() {
        return ink.clone();
    }

    void clear() {
        java.util.Arrays.fill(ink, 0f);
        inkedPixels = 0;
    }

    /** Inks the segment from (x0, y0) to (x1, y1) with a pen of diameter {@code penWidth}. */
    void segment(double x0, double y0, double x1, double y1, double penWidth) {
        double r = penWidth / 2;
        int left = Math.max(0, (int) Math.floor(Math.min(x0, x1) - r - 1));
        int right = Math.min(width - 1, (int) Math.ceil(Math.max(x0, x1) + r + 1));
        int top = Math.max(0, (int) Math.floor(Math.min(y0, y1) - r - 1));
        int bottom = Math.min(height - 1, (int) Math.ceil(Math.max(y0, y1) + r + 1));
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        for (int py = top; py <= bottom; py++) {
            for (int px = left; px <= right; px++) {
                double cx = px + 0.5;
                double cy = py + 0.5;
                double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((cx - x0) * dx + (cy - y0) * dy) / lengthSquared));
                double ex = cx - (x0 + t * dx);
                double ey = cy - (y0 + t * dy);
                double coverage = r + 0.5 - Math.sqrt(ex * ex + ey * ey);
                if (coverage > 0) {
                    int i = py * width + px;
                    float value = (float) Math.min(1, coverage);
                    if (value > ink[i]) {
                        if (ink[i] == 0) {
                            inkedPixels++;
                        }
                        ink[i] = value;
                    }
                }
            }
        }
    }
}
