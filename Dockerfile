# syntax=docker/dockerfile:1
# Build: the production jar (Vaadin's pre-compiled bundle, no npm build needed).
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY frontend frontend
COPY src src
RUN mvn -B -q package -DskipTests && cp target/cpro-sti-*.jar /src/app.jar

# Run: a JRE, a non-root user, the attachments folder as a volume.
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system cpro && useradd --system --gid cpro --home /app cpro \
    && mkdir -p /app /data/attachments && chown -R cpro:cpro /app /data
WORKDIR /app
COPY --from=build --chown=cpro:cpro /src/app.jar app.jar
USER cpro
# CPRO_DEMO_ALLOWED=false: the image never runs the demo (published passwords, open mailbox),
# even if SPRING_PROFILES_ACTIVE=demo is passed; without CPRO_DB_URL it refuses to start.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    CPRO_STORAGE_DIR=/data/attachments \
    CPRO_DEMO_ALLOWED=false
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
