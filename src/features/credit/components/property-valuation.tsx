import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { formatDateCn, formatYuan, formatYuanShort } from '@/domain'
import { FormField } from '@/components/form-field'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { isApiError, messageOf } from '@/services/api/errors'
import { creditApi, type PropertyValuation as Valuation } from '../api'
import './credit.css'

export interface PropertyValuationProps {
  /** The borrower chose to pledge this valuation's property. */
  onUse: (valuation: Valuation) => void
}

type Mode = 'certificate' | 'address'

const FIELD_CODES = new Set(['PROPERTY_NOT_FOUND', 'PROPERTY_NOT_OWNED', 'PROPERTY_PLEDGED', 'PROPERTY_VALUE_TOO_LOW'])

function Chips<T extends string>({ id, options, value, onChange }: { id: string; options: { value: T; label: string }[]; value: T | null; onChange: (v: T) => void }) {
  return (
    <View className="wdt-chips" id={id}>
      {options.map((o) => (
        <Text
          key={o.value}
          id={`${id}-${o.value}`}
          className={`wdt-chip ${value === o.value ? 'wdt-chip--selected' : ''}`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </Text>
      ))}
    </View>
  )
}

function ValuationResult({ valuation, onUse }: { valuation: Valuation; onUse: () => void }) {
  return (
    <View className="wdt-step" id="valuation-result">
      <Text className="wdt-step__lead">评估结果</Text>
      <View className="wdt-facts">
        <Text className="wdt-facts__title">{valuation.address}</Text>
        <View className="wdt-facts__row">
          <Text className="wdt-facts__label">评估价值</Text>
          <Text id="valuation-value">{formatYuan(valuation.valueFen)}元</Text>
        </View>
        <View className="wdt-facts__row">
          <Text className="wdt-facts__label">价值区间</Text>
          <Text>
            {formatYuanShort(valuation.rangeLowFen)}–{formatYuanShort(valuation.rangeHighFen)}元
          </Text>
        </View>
        <View className="wdt-facts__row">
          <Text className="wdt-facts__label">评估日期</Text>
          <Text>{formatDateCn(valuation.valuationDate)}</Text>
        </View>
        <View className="wdt-facts__row">
          <Text className="wdt-facts__label">现有抵押贷款余额</Text>
          <Text>{formatYuan(valuation.existingMortgageFen)}元</Text>
        </View>
        <View className="wdt-facts__row">
          <Text className="wdt-facts__label">可增加额度（评估价值70%减现有抵押）</Text>
          <Text id="valuation-extra">{formatYuan(valuation.supportedExtraFen)}元</Text>
        </View>
      </View>
      {valuation.spouseAuthorizationRequired ? (
        <Text className="wdt-step__note" id="valuation-spouse">
          该房产登记在您配偶名下，抵押前需配偶本人授权，客户经理会与您联系。
        </Text>
      ) : null}
      <Text className="wdt-step__note">评估仅用于测算额度，是否抵押由您决定；选择增信后，放款前将另行签署抵押合同。</Text>
      <Button type="primary" block id="valuation-use" onClick={onUse}>
        用这套房产提升额度
      </Button>
    </View>
  )
}

/** 房产评估: by certificate number or by community/building/unit and area. */
export function PropertyValuationForm({ onUse }: PropertyValuationProps) {
  const communities = useAsync(creditApi.communities, [])
  const [mode, setMode] = useState<Mode>('certificate')
  const [certificate, setCertificate] = useState('')
  const [communityId, setCommunityId] = useState<string | null>(null)
  const [building, setBuilding] = useState<string | null>(null)
  const [unit, setUnit] = useState<string | null>(null)
  const [area, setArea] = useState('')
  const [error, setError] = useState<{ field: 'certificate' | 'address' | 'area'; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [valuation, setValuation] = useState<Valuation | null>(null)

  const community = communities.data?.find((c) => c.id === communityId) ?? null
  const buildingRow = community?.buildings.find((b) => b.name === building) ?? null

  const submit = async () => {
    setError(null)
    let request: () => Promise<Valuation>
    if (mode === 'certificate') {
      if (certificate.trim().length < 6) return setError({ field: 'certificate', message: '请输入不动产权证号' })
      request = () => creditApi.valueByCertificate(certificate.trim())
    } else {
      if (!communityId || !building || !unit) return setError({ field: 'address', message: '请选择小区、楼栋和房号' })
      const sqm = Number(area)
      if (!Number.isFinite(sqm) || sqm < 10 || sqm > 2000) return setError({ field: 'area', message: '请输入10至2000之间的建筑面积（平方米）' })
      request = () => creditApi.valueByAddress(communityId, building, unit, sqm)
    }
    setBusy(true)
    try {
      setValuation(await request())
    } catch (err) {
      if (isApiError(err) && FIELD_CODES.has(err.code)) setError({ field: mode === 'certificate' ? 'certificate' : 'address', message: err.message })
      else Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setBusy(false)
    }
  }

  if (valuation) return <ValuationResult valuation={valuation} onUse={() => onUse(valuation)} />

  return (
    <PageContainer status={communities.status} error={communities.errorMessage} onRetry={communities.reload} className="wdt-embedded">
      <View className="wdt-step" id="property-step">
        <Text className="wdt-step__lead">评估房产，提升额度（可选）</Text>
        <Chips
          id="property-mode"
          value={mode}
          onChange={(m) => {
            setMode(m)
            setError(null)
          }}
          options={[
            { value: 'certificate', label: '输入不动产权证号' },
            { value: 'address', label: '选择小区楼栋' },
          ]}
        />
        {mode === 'certificate' ? (
          <FormField
            id="property-certificate"
            label="不动产权证号"
            placeholder="如：苏(2021)南京市不动产权第0012345号"
            maxLength={40}
            value={certificate}
            error={error?.field === 'certificate' ? error.message : null}
            onChange={setCertificate}
          />
        ) : (
          <View className="wdt-step__group">
            <Text className="wdt-field__label">小区</Text>
            <Chips
              id="property-community"
              value={communityId}
              onChange={(id) => {
                setCommunityId(id)
                setBuilding(null)
                setUnit(null)
              }}
              options={(communities.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            {community ? (
              <>
                <Text className="wdt-field__label">楼栋</Text>
                <Chips
                  id="property-building"
                  value={building}
                  onChange={(b) => {
                    setBuilding(b)
                    setUnit(null)
                  }}
                  options={community.buildings.map((b) => ({ value: b.name, label: b.name }))}
                />
              </>
            ) : null}
            {buildingRow ? (
              <>
                <Text className="wdt-field__label">房号</Text>
                <Chips id="property-unit" value={unit} onChange={setUnit} options={buildingRow.units.map((u) => ({ value: u, label: u }))} />
              </>
            ) : null}
            {error?.field === 'address' ? (
              <Text className="wdt-field__error" id="property-address-error">
                {error.message}
              </Text>
            ) : null}
            <FormField
              id="property-area"
              label="建筑面积（平方米）"
              type="digit"
              maxLength={7}
              value={area}
              error={error?.field === 'area' ? error.message : null}
              onChange={setArea}
            />
          </View>
        )}
        <Button type="primary" block id="property-submit" loading={busy} onClick={submit}>
          开始评估
        </Button>
      </View>
    </PageContainer>
  )
}
