package org.cnnlab.ui.studio.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.cnnlab.training.data.DatasetId;
import org.cnnlab.training.data.DatasetLibrary;
import org.cnnlab.training.data.DatasetSplit;
import org.cnnlab.ui.tasks.InlineTaskExecutor;
import org.junit.jupiter.api.Test;

class DatasetBrowserViewModelTest {
    /** Shared so each split is read once for the whole class. */
    private static final DatasetLibrary BUNDLED = DatasetLibrary.bundled();

    /** Loads synchronously: the "background" and the "FX thread" are the test thread. */
    private static DatasetBrowserViewModel browser(DatasetLibrary library) {
        return new DatasetBrowserViewModel(library, new InlineTaskExecutor());
    }

    @Test
    void mnistTrainingSetHasNumPysShapeAndTheFullByteRange() {
        DatasetBrowserViewModel vm = browser(BUNDLED);

        assertThat(vm.shapeText()).isEqualTo("(60000, 28, 28)");
        assertThat(vm.rangeText()).isEqualTo("0–255");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.errorMessageProperty().get()).isEmpty();

        vm.splitProperty().set(DatasetSplit.TEST);
        assertThat(vm.shapeText()).isEqualTo("(10000, 28, 28)");
    }

    @Test
    void classCountsSumToTheSizeAndMatchThePublishedMnistCounts() {
        DatasetBrowserViewModel vm = browser(BUNDLED);

        int sum = vm.classCounts().stream().mapToInt(ClassCount::count).sum();
        assertThat(sum).isEqualTo(60_000);
        // the published MNIST training-set counts for digits 0, 1 and 5
        assertThat(vm.classCounts().get(0).count()).isEqualTo(5923);
        assertThat(vm.classCounts().get(1).count()).isEqualTo(6742);
        assertThat(vm.classCounts().get(5).count()).isEqualTo(5421);
    }

    @Test
    void fashionMnistNamesItsClassesAndHasSixThousandOfEach() {
        DatasetBrowserViewModel vm = browser(BUNDLED);
        vm.datasetIdProperty().set(DatasetId.FASHION_MNIST);

        assertThat(vm.shapeText()).isEqualTo("(60000, 28, 28)");
        assertThat(vm.classCounts()).extracting(ClassCount::name).containsExactly("T-shirt/top", "Trouser", "Pullover",
                "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
        assertThat(vm.classCounts()).extracting(ClassCount::count).containsOnly(6000);
    }

    @Test
    void filteringByAClassShowsOnlyThatClassOnEveryPage() {
        DatasetBrowserViewModel vm = browser(BUNDLED);
        vm.classFilterProperty().set(3);

        assertThat(vm.matchingCountProperty().get()).isEqualTo(vm.classCounts().get(3).count());
        assertThat(vm.pageCountProperty().get()).isEqualTo((6131 + 99) / 100);
        for (int page : new int[] {0, 17, vm.pageCountProperty().get() - 1}) {
            vm.showPage(page);
            assertThat(Arrays.stream(vm.pageSamplesProperty().get()).map(vm.datasetProperty().get()::label)).containsOnly(3);
        }
        assertThat(vm.pageSamplesProperty().get()).hasSize(31);

        vm.classFilterProperty().set(DatasetBrowserViewModel.ALL_CLASSES);
        assertThat(vm.matchingCountProperty().get()).isEqualTo(60_000);
        assertThat(vm.pageProperty().get()).isZero();
    }

    @Test
    void pagingStaysWithinTheFirstAndLastPage() {
        DatasetBrowserViewModel vm = browser(BUNDLED);
        assertThat(vm.pageCountProperty().get()).isEqualTo(600);
        assertThat(vm.pageSamplesProperty().get()).startsWith(0, 1, 2).hasSize(100);

        vm.previousPage();
        assertThat(vm.pageProperty().get()).isZero();
        vm.showPage(-5);
        assertThat(vm.pageProperty().get()).isZero();

        vm.showPage(1_000_000);
        assertThat(vm.pageProperty().get()).isEqualTo(599);
        assertThat(vm.pageSamplesProperty().get()).hasSize(100).endsWith(59_999);
        vm.nextPage();
        assertThat(vm.pageProperty().get()).isEqualTo(599);
        assertThat(vm.pageText()).isEqualTo("Page 600 of 600");
    }

    @Test
    void aMissingDatasetIsExplainedInWordsAndNothingIsShown() {
        DatasetBrowserViewModel vm = browser(new DatasetLibrary(path -> null, "the test folder"));

        assertThat(vm.datasetProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.errorMessageProperty().get()).contains("is missing from the test folder").doesNotContain("Exception");
        assertThat(vm.pageSamplesProperty().get()).isEmpty();
        assertThat(vm.pageCountProperty().get()).isEqualTo(1);
        assertThat(vm.classCounts()).isEmpty();
    }

    @Test
    void selectingASampleOutsideTheDatasetClearsTheSelection() {
        DatasetBrowserViewModel vm = browser(BUNDLED);
        vm.select(42);
        assertThat(vm.selectedSampleProperty().get()).isEqualTo(42);
        vm.select(60_000);
        assertThat(vm.selectedSampleProperty().get()).isEqualTo(-1);
    }
}
