package org.cnnlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvolutionEnginesTest {

    private static ConvolutionEngines withNatives(NativeLibraries.Loader nd4j, NativeLibraries.Loader opencv) {
        return new ConvolutionEngines(new NativeLibraries(Map.of(
                NativeLibraries.Library.ND4J, nd4j, NativeLibraries.Library.OPENCV, opencv)));
    }

    @Test
    void standardRegistryNamesTheFourEnginesAndFindsEachByName() {
        ConvolutionEngines engines = ConvolutionEngines.standard();
        assertThat(engines.names()).containsExactly("java", "nd4j", "opencv", "reference");
        for (String name : engines.names()) {
            assertThat(engines.find(name)).as(engines.unavailableReason(name)).hasValueSatisfying(
                    engine -> assertThat(engine.name()).isEqualTo(name));
            assertThat(engines.unavailableReason(name)).isEmpty();
        }
    }

    @Test
    void findIgnoresCaseAndReturnsTheSameInstanceSoBuffersAreReused() {
        ConvolutionEngines engines = ConvolutionEngines.standard();
        assertThat(engines.find(" OpenCV ").orElseThrow()).isSameAs(engines.find("opencv").orElseThrow());
    }

    @Test
    void unknownEngineIsEmptyAndTheReasonListsTheChoices() {
        ConvolutionEngines engines = ConvolutionEngines.standard();
        assertThat(engines.find("cuda")).isEmpty();
        assertThat(engines.unavailableReason("cuda"))
                .isEqualTo("there is no engine called 'cuda'; choose one of java, nd4j, opencv, reference");
    }

    @Test
    void nativeLibraryThatFailsToLinkMakesItsEngineUnavailableWithAHumanReason() {
        ConvolutionEngines engines = withNatives(
                () -> {
                    throw new UnsatisfiedLinkError("libnd4jcpu.so: cannot open shared object file");
                },
                () -> {
                    throw new OutOfMemoryError("Cannot allocate 400 MB of physical memory");
                });

        assertThat(engines.find("nd4j")).isEmpty();
        assertThat(engines.unavailableReason("nd4j"))
                .startsWith("ND4J (libnd4j)'s native library could not be loaded on this machine")
                .contains("the plain Java engine works without it")
                .doesNotContain("libnd4jcpu.so");
        assertThat(engines.find("opencv")).isEmpty();
        assertThat(engines.unavailableReason("opencv"))
                .startsWith("OpenCV could not reserve memory for its native code")
                .endsWith("close other programs or give the app more memory");
        assertThat(engines.find("java")).isPresent();
        assertThat(engines.available()).extracting(Convolver::name).containsExactly("java", "reference");
    }

    @Test
    void failureWrappedInAnInitializerErrorIsExplainedInWordsWithoutTheExceptionsText() {
        ConvolutionEngines engines = withNatives(
                () -> {
                    throw new ExceptionInInitializerError(new IllegalStateException("no backend found"));
                },
                () -> {
                    throw new ExceptionInInitializerError(new UnsatisfiedLinkError("libopencv_core.so: cannot open"));
                });
        assertThat(engines.unavailableReason("nd4j"))
                .isEqualTo("ND4J (libnd4j) failed to start; the plain Java engine works without it "
                        + "(the details are in the log)")
                .doesNotContain("IllegalStateException", "no backend found");
        assertThat(engines.unavailableReason("opencv"))
                .contains("native library could not be loaded on this machine").doesNotContain("libopencv_core");
    }

    @Test
    void aLibraryIsLoadedOnlyOnceEvenWhenAskedRepeatedly() {
        int[] attempts = new int[1];
        NativeLibraries natives = new NativeLibraries(Map.of(NativeLibraries.Library.OPENCV, () -> {
            attempts[0]++;
            throw new UnsatisfiedLinkError("missing");
        }));
        natives.load(NativeLibraries.Library.OPENCV);
        natives.load(NativeLibraries.Library.OPENCV);
        assertThat(attempts[0]).isEqualTo(1);
        assertThat(natives.knownAvailability(NativeLibraries.Library.OPENCV)).hasValueSatisfying(
                a -> assertThat(a.available()).isFalse());
        assertThat(natives.knownAvailability(NativeLibraries.Library.ND4J)).isEmpty();
    }

    @Test
    void warmUpLoadsEveryLibraryInTheBackground() {
        NativeLibraries natives = new NativeLibraries(Map.of(
                NativeLibraries.Library.ND4J, () -> { }, NativeLibraries.Library.OPENCV, () -> { }));
        Map<NativeLibraries.Library, NativeLibraries.Availability> result = natives.warmUp().join();
        assertThat(result.values()).allSatisfy(a -> assertThat(a.available()).isTrue());
    }
}
