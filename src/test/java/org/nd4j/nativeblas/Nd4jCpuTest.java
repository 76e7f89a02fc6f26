package org.nd4j.nativeblas;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.cnnlab.testsupport.RequiresOneDnn;
import org.cnnlab.testsupport.TrainingTest;
import org.junit.jupiter.api.Test;

@TrainingTest
@RequiresOneDnn
class Nd4jCpuTest {
    @Test
    void dl4jsReflectiveLookupFindsOneDnnSwitchedOn() throws Exception {
        // exactly what DL4J M2.1's BaseMKLDNNHelper.mklDnnEnabled() does
        Class<?> environment = Class.forName("org.nd4j.nativeblas.Nd4jCpu$Environment");
        Object instance = environment.getMethod("getInstance").invoke(null);
        Method isUseMkldnn = environment.getMethod("isUseMKLDNN");

        assertThat((Boolean) isUseMkldnn.invoke(instance)).isTrue();
    }

    @Test
    void itAnswersWhatTheNativeEnvironmentAnswers() {
        org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment nativeEnvironment =
                org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance();
        boolean before = nativeEnvironment.isUseONEDNN();
        try {
            nativeEnvironment.setUseONEDNN(false);
            assertThat(Nd4jCpu.Environment.getInstance().isUseMKLDNN()).isFalse();
            nativeEnvironment.setUseONEDNN(true);
            assertThat(Nd4jCpu.Environment.getInstance().isUseMKLDNN()).isTrue();
        } finally {
            nativeEnvironment.setUseONEDNN(before);
        }
    }
}
