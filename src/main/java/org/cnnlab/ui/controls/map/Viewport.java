package org.cnnlab.ui.controls.map;

/**
 * Where an image lies on a screen area: image point {@code (x, y)} is drawn at
 * {@code (originX + scale·x, originY + scale·y)}, so one image pixel covers {@code scale × scale}
 * screen pixels. Image pixel {@code (row, column)} is the square {@code [column, column + 1) ×
 * [row, row + 1)} in image coordinates. Immutable: zooming and panning return a new viewport.
 */
public record Viewport(double scale, double originX, double originY) {

    public Viewport {
        if (!(scale > 0) || Double.isInfinite(scale) || !Double.isFinite(originX) || !Double.isFinite(originY)) {
            throw new IllegalArgumentException("a viewport needs a positive scale and a finite origin, got scale " + scale
                    + " at (" + originX + ", " + originY + ")");
        }
    }

    /**
     * The largest scale that shows the whole {@code imageWidth × imageHeight} image in the view;
     * from 2 up it is rounded down to a whole number, so every pixel is a square of the same size.
     * An empty view or image gives 1.
     */
    public static double fitScale(int imageWidth, int imageHeight, double viewWidth, double viewHeight) {
        if (imageWidth <= 0 || imageHeight <= 0 || !(viewWidth > 0) || !(viewHeight > 0)) {
            return 1;
        }
        double scale = Math.min(viewWidth / imageWidth, viewHeight / imageHeight);
        return scale >= 2 ? Math.floor(scale) : scale;
    }

    /** The whole image at {@link #fitScale}, centred in the view. */
    public static Viewport fit(int imageWidth, int imageHeight, double viewWidth, double viewHeight) {
        double scale = fitScale(imageWidth, imageHeight, viewWidth, viewHeight);
        return new Viewport(scale, (viewWidth - imageWidth * scale) / 2, (viewHeight - imageHeight * scale) / 2);
    }

    /** Scale {@code scale} with the centre of pixel {@code (row, column)} in the middle of the view. */
    public static Viewport centredOn(double scale, int row, int column, double viewWidth, double viewHeight) {
        return new Viewport(scale, viewWidth / 2 - (column + 0.5) * scale, viewHeight / 2 - (row + 0.5) * scale);
    }

    /** This viewport at {@code newScale}, keeping the image point under screen point {@code (x, y)} where it is. */
    public Viewport zoomedAbout(double x, double y, double newScale) {
        double imageX = imageX(x);
        double imageY = imageY(y);
        return new Viewport(newScale, x - imageX * newScale, y - imageY * newScale);
    }

    /** This viewport moved by {@code (dx, dy)} screen pixels. */
    public Viewport pannedBy(double dx, double dy) {
        return new Viewport(scale, originX + dx, originY + dy);
    }

    /** The image x coordinate under screen x coordinate {@code x}. */
    public double imageX(double x) {
        return (x - originX) / scale;
    }

    /** The image y coordinate under screen y coordinate {@code y}. */
    public double imageY(double y) {
        return (y - originY) / scale;
    }

    /** The screen x coordinate of image x coordinate {@code x}. */
    public double screenX(double x) {
        return originX + x * scale;
    }

    /** The screen y coordinate of image y coordinate {@code y}. */
    public double screenY(double y) {
        return originY + y * scale;
    }

    /** The column of the pixel under screen x coordinate {@code x} (it may lie outside the image). */
    public int columnAt(double x) {
        return (int) Math.floor(imageX(x));
    }

    /** The row of the pixel under screen y coordinate {@code y} (it may lie outside the image). */
    public int rowAt(double y) {
        return (int) Math.floor(imageY(y));
    }

    /** The pixel {@code {row, column}} under screen point {@code (x, y)}, or {@code null} outside the image. */
    public int[] pixelAt(double x, double y, int imageWidth, int imageHeight) {
        int column = columnAt(x);
        int row = rowAt(y);
        return row >= 0 && column >= 0 && row < imageHeight && column < imageWidth ? new int[] {row, column} : null;
    }

    /** The pixels of an {@code imageWidth × imageHeight} image that show, wholly or partly, in a {@code viewWidth × viewHeight} view. */
    public PixelRect visiblePixels(int imageWidth, int imageHeight, double viewWidth, double viewHeight) {
        int left = Math.max(0, (int) Math.floor(imageX(0)));
        int top = Math.max(0, (int) Math.floor(imageY(0)));
        int right = Math.min(imageWidth, (int) Math.ceil(imageX(viewWidth)));
        int bottom = Math.min(imageHeight, (int) Math.ceil(imageY(viewHeight)));
        return new PixelRect(left, top, Math.max(left, right), Math.max(top, bottom));
    }
}
