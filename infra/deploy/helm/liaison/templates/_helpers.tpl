{{/* Names and labels shared by every object of the chart. */}}
{{/* The release name, with the chart's name added unless it is in there already. */}}
{{- define "liaison.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "liaison.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "liaison.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "liaison.secretName" -}}
{{- .Values.existingSecret | default (printf "%s-secrets" (include "liaison.fullname" .)) -}}
{{- end -}}

{{/* The container settings both roles share: env, secrets, TLS files, security. */}}
{{- define "liaison.container" -}}
image: {{ printf "%s:%s" .Values.image.repository .Values.image.tag | quote }}
imagePullPolicy: {{ .Values.image.pullPolicy }}
envFrom:
  - configMapRef:
      name: {{ include "liaison.fullname" . }}-settings
  - secretRef:
      name: {{ include "liaison.secretName" . }}
{{- if .Values.temporal.tls.clientCertSecret }}
volumeMounts:
  - name: temporal-tls
    mountPath: /etc/liaison/temporal-tls
    readOnly: true
{{- end }}
securityContext:
  {{- toYaml .Values.securityContext | nindent 2 }}
{{- end -}}

{{- define "liaison.podSpec" -}}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- if .Values.temporal.tls.clientCertSecret }}
volumes:
  - name: temporal-tls
    secret:
      secretName: {{ .Values.temporal.tls.clientCertSecret }}
{{- end }}
{{- end -}}
