// /docs: Swagger UI over /openapi.json (a file, not inline script, so that the CSP holds).
window.addEventListener("DOMContentLoaded", function () {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: false });
});
