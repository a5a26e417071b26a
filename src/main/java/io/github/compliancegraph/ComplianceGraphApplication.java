package io.github.compliancegraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ComplianceGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplianceGraphApplication.class, args);
    }
}
