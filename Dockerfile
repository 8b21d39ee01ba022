# News Archive: build with Maven, run the extracted layered jar on a JRE as a non-root
# user, with a class data sharing (CDS) archive and AOT-processed beans for a faster start.
#   docker build -t news-archive .
#   docker run -p 8080:8080 -p 8081:8081 news-archive
# The build runs the same Maven command CI does, without the tests (CI runs them).
# compose.yaml runs it on PostgreSQL behind a caching proxy (README, Running in production).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY db db
RUN mvn -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/news-archive.jar extract --layers --destination /extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app archive
WORKDIR /app
# Least-changing layers first, so a rebuild after a code change ships only the last one.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# A training run on the seed archive (embedded H2) that stops once the context is up,
# recording the classes it loaded; every later start maps them instead of loading them.
# Both run on the bean definitions the build's AOT processing made (README, Start-up).
RUN java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=news-archive.jsa -Dspring.context.exit=onRefresh \
      -jar news-archive.jar --management.server.port=0 --server.port=0 \
 && chmod a+r news-archive.jsa
USER archive
# 8080: readers. 8081: health, info and metrics, for the platform only.
EXPOSE 8080 8081
# Readiness: up once the import has run, the database answers and search is built.
# bash's /dev/tcp: no curl or wget needed in the image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8081 && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'
# Memory follows the container's limit; a JVM out of memory exits so the platform restarts it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=news-archive.jsa", "-Xshare:auto", "-jar", "news-archive.jar"]
