# News Archive: build with Maven, run the extracted layered jar on a JRE as a non-root user.
#   docker build -t news-archive .
#   docker run -p 8080:8080 news-archive
# The build runs the same Maven command CI does, without the tests (CI runs them).

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
USER archive
EXPOSE 8080
# bash's /dev/tcp: no curl or wget needed in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET / HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "news-archive.jar"]
