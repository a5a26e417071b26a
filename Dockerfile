# Builds the explorer's jar with the Maven wrapper, then runs it on a plain JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q dependency:go-offline
COPY src src
COPY cypher cypher
COPY data/sources data/sources
RUN ./mvnw -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/compliance-graph-*.jar app.jar
# Spring Boot's class-data-sharing recipe: extract the jar, then one training run that stops once the
# context is up records the classes startup loads; starting from that archive takes seconds less
# (docs/benchmarks.md, cold start). The training run starts the embedded database in a throw-away folder.
RUN java -Djarmode=tools -jar app.jar extract --destination extracted \
 && java -XX:ArchiveClassesAtExit=extracted/app.jsa -Dspring.context.exit=onRefresh -jar extracted/app.jar \
      --compliance.embedded.home=/tmp/training-db --compliance.embedded.bolt-port=0 --server.port=0 \
 && rm -rf /tmp/training-db app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/extracted/app.jsa", "-jar", "/app/extracted/app.jar"]
