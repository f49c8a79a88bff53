# managed-mrr as a container: the jar built by Maven, run by a JRE 17 as a non-root user.
#   docker build -t managed-mrr .
#   docker run -p 8080:8080 -e MRR_DATABASE_URL=postgresql://mrr@db:5432/mrr -e MRR_API_TOKENS=billing=... managed-mrr
# compose.yaml runs it with PostgreSQL 17. docs/operations.md says how to deploy, configure and watch it.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl bootstrap -am package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 mrr \
 && useradd --system --uid 10001 --gid mrr --home-dir /app --shell /usr/sbin/nologin mrr \
 && mkdir -p /app/data \
 && chown -R mrr:mrr /app
WORKDIR /app
COPY --from=build /src/bootstrap/target/managed-mrr.jar /app/managed-mrr.jar
USER mrr

# The settings (java -jar managed-mrr.jar --help lists them all). Set MRR_DATABASE_URL to a PostgreSQL server;
# without it the embedded PostgreSQL keeps its data in /app/data (a volume). Secrets may come from files:
# MRR_API_TOKENS_FILE, MRR_DATABASE_PASSWORD_FILE (e.g. /run/secrets/...).
ENV MRR_HTTP_HOST=0.0.0.0 \
    MRR_HTTP_PORT=8080 \
    MRR_DATABASE_POOL_SIZE=10 \
    MRR_SHUTDOWN_GRACE=20s \
    MRR_DRAIN=5s \
    MRR_DATABASE_URL="" \
    MRR_DATABASE_PASSWORD_FILE="" \
    MRR_API_TOKENS="" \
    MRR_API_TOKENS_FILE="" \
    MRR_API_TOKEN="" \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
VOLUME ["/app/data"]

# /ready: the database answers and the server is not draining. The JRE image has bash, not curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MRR_HTTP_PORT:-8080} && printf 'GET /ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# SIGTERM (docker stop) drains for MRR_DRAIN, then stops within MRR_SHUTDOWN_GRACE: give docker stop at least
# the sum (docker stop -t 30, or stop_grace_period in compose.yaml).
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/managed-mrr.jar"]
