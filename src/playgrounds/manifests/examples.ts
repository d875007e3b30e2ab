// The manifest playground's examples gallery. Each one is a small, realistic manifest a reader of the site
// would write; tests/playgrounds/manifests/examples.test.ts lints them all (only `broken` may have errors).

export interface ManifestExample {
	id: string;
	text: string;
}

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: hello
  labels:
    app: hello
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: hello
      image: nginxinc/nginx-unprivileged:1.27
      ports:
        - containerPort: 8080
      resources:
        requests:
          cpu: 50m
          memory: 64Mi
        limits:
          memory: 128Mi
      readinessProbe:
        httpGet:
          path: /
          port: 8080
`;

const deploymentService = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: web
          image: nginxinc/nginx-unprivileged:1.27
          ports:
            - name: http
              containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          readinessProbe:
            httpGet:
              path: /
              port: http
          livenessProbe:
            httpGet:
              path: /
              port: http
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: http
`;

const configAndSecret = `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  LOG_LEVEL: info
  app.properties: |
    greeting=hello
---
apiVersion: v1
kind: Secret
metadata:
  name: app-credentials
type: Opaque
stringData:
  DB_PASSWORD: change-me
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: busybox:1.37
      command: ["sh", "-c", "cat /etc/app/app.properties; sleep 3600"]
      env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: app-config
              key: LOG_LEVEL
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: app-credentials
              key: DB_PASSWORD
      volumeMounts:
        - name: config
          mountPath: /etc/app
          readOnly: true
      resources:
        requests:
          cpu: 10m
          memory: 16Mi
        limits:
          memory: 32Mi
  volumes:
    - name: config
      configMap:
        name: app-config
`;

const storage = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: data-pv
spec:
  capacity:
    storage: 5Gi
  accessModes:
    - ReadWriteOnce
  persistentVolumeReclaimPolicy: Retain
  storageClassName: manual
  nfs:
    server: 10.0.0.20
    path: /exports/data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes:
    - ReadWriteOnce
  storageClassName: manual
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: writer
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
  containers:
    - name: writer
      image: busybox:1.37
      command: ["sh", "-c", "date >> /data/log; sleep 3600"]
      volumeMounts:
        - name: data
          mountPath: /data
      resources:
        requests:
          cpu: 10m
          memory: 16Mi
        limits:
          memory: 32Mi
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
`;

const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "0 2 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
          securityContext:
            runAsNonRoot: true
            runAsUser: 1000
          containers:
            - name: report
              image: busybox:1.37
              command: ["sh", "-c", "echo report"]
              resources:
                requests:
                  cpu: 10m
                  memory: 16Mi
                limits:
                  memory: 32Mi
`;

// One problem per layer: duplicate key (syntax), bad name (identity), a typo and a bad quantity (schema),
// a port name over 15 characters (semantic), a removed API (api-version), a Service that selects nothing
// (cross-resource), :latest (best practice).
const broken = `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: Web_App
spec:
  replicas: 2
  replicas: 3
  template:
    metadata:
      labels:
        app: web
    spec:
      containres:
        - name: web
          image: nginx:1.27
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
  labels:
    app: debug
spec:
  containers:
    - name: shell
      image: nginx:latest
      ports:
        - containerPort: 80
          name: debug-http-console
          protocoll: TCP
      resources:
        limits:
          memory: 128 megabytes
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: shop
  ports:
    - port: 80
      targetPort: http
`;

// A CustomResourceDefinition and an object of its kind: the object is checked against the CRD's schema,
// CEL rule included (try minReplicas: 5).
const customResource = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: backups.example.com
spec:
  group: example.com
  scope: Namespaced
  names:
    plural: backups
    kind: Backup
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [schedule]
              x-kubernetes-validations:
                - rule: self.minReplicas <= self.maxReplicas
                  message: minReplicas must not exceed maxReplicas
              properties:
                schedule:
                  type: string
                retention:
                  type: string
                  enum: [daily, weekly]
                  default: daily
                minReplicas:
                  type: integer
                  minimum: 1
                  default: 1
                maxReplicas:
                  type: integer
                  maximum: 5
                  default: 3
---
apiVersion: example.com/v1
kind: Backup
metadata:
  name: nightly
spec:
  schedule: "0 2 * * *"
  retention: weekly
  minReplicas: 2
`;

export const EXAMPLES: readonly ManifestExample[] = [
	{ id: 'pod', text: pod },
	{ id: 'deployment-service', text: deploymentService },
	{ id: 'config-secret', text: configAndSecret },
	{ id: 'storage', text: storage },
	{ id: 'ingress', text: ingress },
	{ id: 'cronjob', text: cronJob },
	{ id: 'custom-resource', text: customResource },
	{ id: 'broken', text: broken },
];

export const DEFAULT_EXAMPLE_ID = 'deployment-service';

/** The example the page opens with (and falls back to). */
export const DEFAULT_EXAMPLE_TEXT: string = deploymentService;

export function exampleById(id: string): ManifestExample | undefined {
	return EXAMPLES.find((e) => e.id === id);
}
