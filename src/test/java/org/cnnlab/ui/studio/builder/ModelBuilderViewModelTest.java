package org.cnnlab.ui.studio.builder;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnnlab.training.model.LayerActivation;
import org.cnnlab.training.model.LayerPadding;
import org.cnnlab.training.model.LayerSpec;
import org.cnnlab.training.model.ModelZoo;
import org.junit.jupiter.api.Test;

class ModelBuilderViewModelTest {
    /** LeNet-5 as Keras counts it: conv 156, conv 2,416, dense 30,840, dense 9,922, dense 830. */
    private static final long LENET5_PARAMS = 44_164;

    private final ModelBuilderViewModel vm = new ModelBuilderViewModel();

    private void startFromLeNet5() {
        vm.startFrom(ModelZoo.byName("lenet5").orElseThrow());
    }

    @Test
    void leNet5HasKerasParameterCountAndIsUsable() {
        startFromLeNet5();

        assertThat(vm.totalParamsProperty().get()).isEqualTo(LENET5_PARAMS);
        assertThat(vm.trainableParamsProperty().get()).isEqualTo(LENET5_PARAMS);
        assertThat(vm.nonTrainableParamsProperty().get()).isZero();
        assertThat(vm.totalsText()).contains("44,164");
        assertThat(vm.validSpec()).isPresent();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(LayerRow::outputShape).containsExactly(
                "(None, 24, 24, 6)", "(None, 12, 12, 6)", "(None, 8, 8, 16)", "(None, 4, 4, 16)", "(None, 256)",
                "(None, 120)", "(None, 82)", "(None, 10)");
        assertThat(vm.rows()).extracting(LayerRow::params).containsExactly(156L, 0L, 2416L, 0L, 0L, 30840L, 9922L, 830L);
    }

    @Test
    void aSevenBySevenConvolutionAfterTheLastPoolBreaksTheStackAtItsRowAndRemovingItHealsIt() {
        startFromLeNet5();
        int afterLastPool = 4;

        vm.insert(afterLastPool, new LayerSpec.Conv(8, 7, 1, LayerPadding.VALID, LayerActivation.RELU));

        assertThat(vm.problemRowProperty().get()).isEqualTo(afterLastPool);
        assertThat(vm.rows().get(afterLastPool).broken()).isTrue();
        assertThat(vm.rows().get(afterLastPool).name()).isEqualTo("conv2d_2");
        assertThat(vm.rows().get(afterLastPool).problem()).contains("7x7 kernel is larger than its 4x4 input");
        assertThat(vm.problemProperty().get()).startsWith("Layer 5 (conv 8@7x7 valid relu) cannot take (None, 4, 4, 16)");
        assertThat(vm.rows().subList(0, afterLastPool)).noneMatch(LayerRow::broken)
                .extracting(LayerRow::outputShape).last().isEqualTo("(None, 4, 4, 16)");
        assertThat(vm.rows().get(afterLastPool + 1).outputShape()).isEmpty();
        assertThat(vm.validSpec()).isEmpty();
        assertThat(vm.totalParamsProperty().get()).isEqualTo(-1);

        vm.remove(afterLastPool);

        assertThat(vm.validSpec()).isPresent();
        assertThat(vm.problemRowProperty().get()).isEqualTo(-1);
        assertThat(vm.rows()).noneMatch(LayerRow::broken);
        assertThat(vm.totalParamsProperty().get()).isEqualTo(LENET5_PARAMS);
    }

    @Test
    void editingTheFirstDenseLayersUnitsChangesItsAndTheNextLayersParameters() {
        startFromLeNet5();
        int firstDense = 5;

        vm.replace(firstDense, new LayerSpec.Dense(100, LayerActivation.RELU));

        // dense 256 -> 100: (256 + 1) * 100 = 25,700 instead of 30,840 (-5,140);
        // dense 100 -> 82: (100 + 1) * 82 = 8,282 instead of 9,922 (-1,640)
        assertThat(vm.rows().get(firstDense).params()).isEqualTo(25_700);
        assertThat(vm.rows().get(firstDense + 1).params()).isEqualTo(8_282);
        assertThat(vm.totalParamsProperty().get()).isEqualTo(LENET5_PARAMS - 5_140 - 1_640);
        assertThat(vm.modelNameProperty().get()).isEqualTo("lenet5-custom");
    }

    @Test
    void denseOnAnImageWithoutFlattenIsRefusedAtThatRow() {
        startFromLeNet5();
        vm.remove(4);

        assertThat(vm.problemRowProperty().get()).isEqualTo(4);
        assertThat(vm.problemProperty().get()).contains("add Flatten");
        assertThat(vm.validSpec()).isEmpty();
    }

    @Test
    void aStackThatDoesNotEndInTenSoftmaxUnitsIsShapedButNotUsable() {
        startFromLeNet5();
        vm.replace(7, new LayerSpec.Dense(12, LayerActivation.SOFTMAX));

        assertThat(vm.rows().get(7).outputShape()).isEqualTo("(None, 12)");
        assertThat(vm.problemRowProperty().get()).isEqualTo(7);
        assertThat(vm.problemProperty().get()).contains("one unit per class");
        assertThat(vm.validSpec()).isEmpty();

        vm.startEmpty();
        assertThat(vm.validSpec()).isEmpty();
        assertThat(vm.problemProperty().get()).contains("no layers");
    }

    @Test
    void movingALayerKeepsItSelectedAndBatchNormCountsNonTrainableStatistics() {
        startFromLeNet5();
        vm.insert(1, new LayerSpec.BatchNorm());
        assertThat(vm.selectedIndexProperty().get()).isEqualTo(1);
        // batch norm on 6 channels: gamma and beta trainable (12), moving mean and variance not (12)
        assertThat(vm.nonTrainableParamsProperty().get()).isEqualTo(12);
        assertThat(vm.totalParamsProperty().get()).isEqualTo(LENET5_PARAMS + 24);

        vm.moveDown(1);

        assertThat(vm.selectedIndexProperty().get()).isEqualTo(2);
        assertThat(vm.layers().get(2)).isInstanceOf(LayerSpec.BatchNorm.class);
        assertThat(vm.rows().get(2).outputShape()).isEqualTo("(None, 12, 12, 6)");
        assertThat(vm.validSpec()).isPresent();
    }

    @Test
    void theTotalsLineChangesOnceAnEditIsCountedWithAllThreeCountsAgreeing() {
        startFromLeNet5();
        java.util.List<String> lines = new java.util.ArrayList<>();
        vm.totalsTextProperty().addListener((obs, old, line) -> lines.add(line));

        vm.insert(1, new LayerSpec.BatchNorm());

        assertThat(lines).containsExactly("Total params: 44,188   Trainable: 44,176   Non-trainable: 12");
    }
}
