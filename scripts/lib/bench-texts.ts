// Texts the playground benchmarks paste (scripts/bench-playground.ts, scripts/profile-playground-typing.ts).

/** About `lines` lines of YAML in many small documents (Deployments and Services), all valid. */
export function multiDocument(lines: number): string {
	const docs: string[] = [];
	for (let i = 0, n = 0; n < lines; i++) {
		const doc = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  labels:
    app: app-${i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      containers:
        - name: app
          image: registry.example/app:1.${i}
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
            limits:
              memory: 128Mi
---
apiVersion: v1
kind: Service
metadata:
  name: app-${i}
spec:
  selector:
    app: app-${i}
  ports:
    - port: 80
      targetPort: 8080
`;
		docs.push(doc);
		n += doc.split('\n').length - 1;
	}
	return docs.join('---\n');
}
