#version 330 core
// Attenuation 1 − exp(−µ·ρt) shown inverted as on most C-arm monitors: bone light, metal brightest,
// air dark, inside the round field of the image intensifier; a little grain keeps it from looking synthetic.
in vec2 vUv;

uniform sampler2D uDensityTexture;
uniform float uMu;
uniform vec2 uAspect;

out vec4 fragColor;

float grain(vec2 p)
{
    return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453) - 0.5;
}

void main()
{
    float thickness = max(texture(uDensityTexture, vUv).r, 0.0);
    float attenuation = 1.0 - exp(-uMu * thickness);
    float value = 0.06 + 0.9 * attenuation + 0.025 * grain(gl_FragCoord.xy);
    vec2 centred = (vUv - 0.5) * uAspect;
    float radius = length(centred) * 2.0;
    float field = 1.0 - smoothstep(0.93, 0.97, radius);
    value *= mix(0.82, 1.0, 1.0 - radius * radius * 0.5);
    fragColor = vec4(vec3(clamp(value, 0.0, 1.0) * field), 1.0);
}
