package org.cnnlab.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.cnnlab.engine.FloatPlanes;
import org.junit.jupiter.api.Test;

class NpyWriterTest {

    @Test
    void onePlaneIsSavedAsATwoDimensionalFloat32ArrayWithAnAlignedHeader() {
        byte[] npy = NpyWriter.encode(FloatPlanes.of2d(new float[][] {{1, 2, 3}, {4, 5, 6}}));
        assertThat(npy[0]).isEqualTo((byte) 0x93);
        assertThat(new String(npy, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        assertThat(npy[6]).isEqualTo((byte) 1);
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        assertThat((10 + headerLength) % 64).isZero();
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }").endsWith("\n");
        ByteBuffer data = ByteBuffer.wrap(npy, 10 + headerLength, 24).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new float[] {data.getFloat(), data.getFloat(), data.getFloat(), data.getFloat(), data.getFloat(), data.getFloat()})
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(npy).hasSize(10 + headerLength + 24);
    }

    @Test
    void severalPlanesAreSavedChannelsFirst() {
        byte[] npy = NpyWriter.encode(FloatPlanes.zeros(3, 4, 5));
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        assertThat(new String(npy, 10, headerLength, StandardCharsets.US_ASCII)).contains("'shape': (3, 4, 5)");
        assertThat(npy.length - 10 - headerLength).isEqualTo(3 * 4 * 5 * 4);
    }
}
