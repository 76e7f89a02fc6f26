package org.cnnlab.training.dl4j;

import java.lang.reflect.Field;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.AlgoMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdDataAlgo;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.BwdFilterAlgo;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer.FwdAlgo;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The oneDNN helper of a network's first convolution layer, without the one result of its backward
 * pass that training never uses: the gradient with respect to the input images. DL4J M2.1 always
 * computes it (oneDNN's backward-data, ten times the forward pass for a one-channel image: about a
 * third of a LeNet-5 training step), then throws it away.
 *
 * <p>Here the backward pass computes only what the optimiser needs. With the layer's output
 * gradient δ (N, Cout, Ho, Wo) and its input x (N, Cin, H, W), stride 1 and no dilation:
 * <pre>
 *   ∂L/∂W[o, i, u, v] = Σ_n Σ_y Σ_x δ[n, o, y, x] · x[n, i, y + u, x + v]   (x zero-padded by p)
 *   ∂L/∂b[o]          = Σ_n Σ_y Σ_x δ[n, o, y, x]
 * </pre>
 * The first sum is itself a convolution, with the batch as the channel axis: xᵀ (Cin, N, H, W)
 * convolved with the kernel δᵀ (Cout, N, Ho, Wo), padding p, gives (Cin, Cout, kH, kW), since
 * H + 2p − Ho + 1 = kH. One oneDNN forward convolution replaces the backward-data and
 * backward-weights pair. The forward pass, and every layout this shortcut does not cover (stride or
 * dilation above 1, NHWC, an even kernel with "same" padding), stay with DL4J's helper. The input
 * gradient it returns is zeros, of the right shape: nothing reads it.
 */
final class InputLayerConvHelper implements ConvolutionHelper {
    /** {@code -Dcnnlab.firstLayerShortcut=false} keeps DL4J's full backward pass, to compare. */
    static final String SWITCH_PROPERTY = "cnnlab.firstLayerShortcut";

    private final ConvolutionHelper delegate;

    private InputLayerConvHelper(ConvolutionHelper delegate) {
        this.delegate = delegate;
    }

    /**
     * Gives the first layer of {@code network} this helper when it is a plain convolution layer with
     * a bias that DL4J gave a oneDNN helper (helpers on, oneDNN build), unless {@value #SWITCH_PROPERTY}
     * is {@code false}; otherwise changes nothing.
     *
     * @return whether the helper was installed
     */
    static boolean installOnFirstLayer(MultiLayerNetwork network) {
        if (network.getnLayers() == 0 || !Boolean.parseBoolean(System.getProperty(SWITCH_PROPERTY, "true"))) {
            return false;
        }
        Layer first = network.getLayer(0);
        if (first.getClass() != ConvolutionLayer.class || !(first.getHelper() instanceof ConvolutionHelper current)
                || current instanceof InputLayerConvHelper || !((ConvolutionLayer) first).hasBias()) {
            return false;
        }
        try {
            Field helper = ConvolutionLayer.class.getDeclaredField("helper");
            helper.setAccessible(true);
            helper.set(first, new InputLayerConvHelper(current));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray weights, INDArray bias, INDArray delta,
            int[] kernel, int[] strides, int[] pad, INDArray biasGradView, INDArray weightGradView, IActivation afn,
            AlgoMode mode, BwdFilterAlgo bwdFilterAlgo, BwdDataAlgo bwdDataAlgo, ConvolutionMode convolutionMode,
            int[] dilation, CNN2DFormat format, LayerWorkspaceMgr workspaceMgr) {
        int[] padding = padding(kernel, strides, pad, convolutionMode, dilation, format);
        if (padding == null) {
            return delegate.backpropGradient(input, weights, bias, delta, kernel, strides, pad, biasGradView, weightGradView,
                    afn, mode, bwdFilterAlgo, bwdDataAlgo, convolutionMode, dilation, format, workspaceMgr);
        }
        long inChannels = input.size(1);
        long outChannels = delta.size(1);
        // Views, not copies: oneDNN reads the strides and reorders once (a copy first took twice as long).
        INDArray inputByChannel = input.permute(1, 0, 2, 3);
        INDArray deltaByChannel = delta.permute(1, 0, 2, 3);
        INDArray weightGradByInput = Nd4j.create(input.dataType(), inChannels, outChannels, kernel[0], kernel[1]);
        Nd4j.exec(DynamicCustomOp.builder("conv2d")
                .addInputs(inputByChannel, deltaByChannel)
                .addOutputs(weightGradByInput)
                // kernel = δ's spatial size, stride 1, padding, dilation 1, not "same", NCHW, weights [oC, iC, kH, kW]
                .addIntegerArguments((int) delta.size(2), (int) delta.size(3), 1, 1, padding[0], padding[1], 1, 1, 0, 0, 1)
                .build());
        weightGradView.assign(weightGradByInput.permute(1, 0, 2, 3));
        biasGradView.assign(delta.sum(0, 2, 3).reshape(biasGradView.shape()));

        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGradView);
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGradView, 'c');
        INDArray unusedInputGradient = workspaceMgr.create(ArrayType.ACTIVATION_GRAD, input.dataType(), input.shape());
        return new Pair<>(gradient, unusedInputGradient);
    }

    /** The symmetric padding (top, left) the shortcut uses, or null where it does not apply. */
    private static int[] padding(int[] kernel, int[] strides, int[] pad, ConvolutionMode mode, int[] dilation,
            CNN2DFormat format) {
        if (format != CNN2DFormat.NCHW || strides[0] != 1 || strides[1] != 1 || dilation[0] != 1 || dilation[1] != 1) {
            return null;
        }
        if (mode == ConvolutionMode.Same) {
            return kernel[0] % 2 == 1 && kernel[1] % 2 == 1 ? new int[] {kernel[0] / 2, kernel[1] / 2} : null;
        }
        return mode == ConvolutionMode.Truncate || mode == ConvolutionMode.Strict ? pad : null;
    }

    @Override
    public INDArray preOutput(INDArray input, INDArray weights, INDArray bias, int[] kernel, int[] strides, int[] pad,
            AlgoMode mode, FwdAlgo fwdAlgo, ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        return delegate.preOutput(input, weights, bias, kernel, strides, pad, mode, fwdAlgo, convolutionMode, dilation, format,
                workspaceMgr);
    }

    @Override
    public INDArray activate(INDArray z, IActivation afn, boolean training) {
        return delegate.activate(z, afn, training);
    }

    @Override
    public boolean checkSupported() {
        return delegate.checkSupported();
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return delegate.helperMemoryUse();
    }
}
