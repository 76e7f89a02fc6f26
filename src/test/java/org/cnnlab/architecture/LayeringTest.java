package org.cnnlab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md §1, checked on every build. */
@AnalyzeClasses(packages = "org.cnnlab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule onlyTheUiAndTheAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.cnnlab.ui..", "org.cnnlab.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the engines, decoders, trainers and the CLI must run without a display, "
                    + "and be testable without the JavaFX toolkit");

    @ArchTest
    static final ArchRule theUiNeverTouchesNativeTensorLibraries = noClasses()
            .that().resideInAPackage("org.cnnlab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "org.bytedeco..")
            .because("the UI receives immutable snapshots (float arrays, pixels), never live native tensors, "
                    + "so native work cannot run on the FX thread or outlive its buffers");

    @ArchTest
    static final ArchRule coreLayersDoNotDependOnFrontEnds = noClasses()
            .that().resideInAnyPackage("org.cnnlab.engine..", "org.cnnlab.imaging..", "org.cnnlab.training..",
                    "org.cnnlab.persist..", "org.cnnlab.lessons..", "org.cnnlab.services..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cnnlab.ui..", "org.cnnlab.cli..", "org.cnnlab.app..")
            .because("the app and the CLI are two front ends over the same services; the services know neither");

    @ArchTest
    static final ArchRule theEngineDoesNotKnowAboutFiles = noClasses()
            .that().resideInAPackage("org.cnnlab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cnnlab.imaging..", "org.cnnlab.persist..")
            .because("the engine is pure arithmetic on float planes; images and files come from the layers above it");

    @ArchTest
    static final ArchRule mapGeometryAndColoursNeedNoToolkit = noClasses()
            .that().resideInAPackage("org.cnnlab.ui.controls.map..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.cnnlab.ui.controls")
            .because("zoom, pan, the pixel under the mouse and the colours of a map are plain arithmetic, "
                    + "tested without a window; the controls build on them, not the other way round");

    @ArchTest
    static final ArchRule onlyTheTrainingBindingUsesDl4j = noClasses()
            .that().resideOutsideOfPackage("org.cnnlab.training.dl4j..")
            .should().dependOnClassesThat().resideInAPackage("org.deeplearning4j..")
            .because("networks are built, trained and saved in one place (training.dl4j); everything above it "
                    + "works with our own model description and plain arrays, so DL4J can be upgraded in one package");

    @ArchTest
    static final ArchRule nd4jStaysInTheEngineTheTrainingBindingAndTheTrainingLoop = noClasses()
            .that().resideOutsideOfPackages("org.cnnlab.engine..", "org.cnnlab.training.dl4j..", "org.cnnlab.training.run..")
            .should().dependOnClassesThat().resideInAPackage("org.nd4j..")
            .because("ND4J arrays are native memory: only the nd4j convolution engine, the DL4J binding and the training "
                    + "loop that hands the binding its mini-batches touch them; services, the CLI and the app get plain arrays");

    @ArchTest
    static final ArchRule theModelDescriptionAndTheDataArePureJava = noClasses()
            .that().resideInAnyPackage("org.cnnlab.training.model..", "org.cnnlab.training.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "org.bytedeco..",
                    "org.cnnlab.training.dl4j..", "org.cnnlab.training.run..")
            .because("a model description and a dataset are plain data that the UI, the model builder and the tests use "
                    + "without loading a native library");

    @ArchTest
    static final ArchRule trainingSubPackagesHaveNoCycles = slices().matching("org.cnnlab.training.(*)..").should()
            .beFreeOfCycles()
            .because("model and data sit at the bottom, the DL4J binding on them and the training loop on top; "
                    + "a cycle would tie the pure description to DL4J again");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.cnnlab.(*)..").should().beFreeOfCycles()
            .because("a cycle makes two packages one, and then neither can be tested or replaced alone");

    @ArchTest
    static final ArchRule viewModelsUseOnlyObservableValuesOfJavaFx = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat(resideInAPackage("javafx..")
                    .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
            .because("a view model is state and commands without nodes or the toolkit: its tests run without a "
                    + "display, and it reaches the FX thread only through ui.tasks' TaskExecutor");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrintsToTheConsole = noClasses()
            .that().resideOutsideOfPackage("org.cnnlab.cli..")
            // the hidden --self-test option prints its report for the installer tests
            .and().doNotHaveFullyQualifiedName("org.cnnlab.app.Main")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the app tells the user things in its message bar and writes details to its log file; "
                    + "only the CLI's output is meant for a terminal");
}
